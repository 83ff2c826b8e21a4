import type { PlaybackSession } from './PlaybackSession';
import type { PlaybackSource } from './types';

/** What the handler needs from the player. */
export interface BackgroundHost {
  session(): PlaybackSession | undefined;
  source(): PlaybackSource | undefined;
  /** Ends the stream while hidden (releases the decoder and the connection). */
  release(): void;
  /** Plays `source` again on return. */
  reload(source: PlaybackSource): void;
}

/**
 * A TV app in the background must let go of the decoder (tv-platforms.md §1.8, §3.4). VOD on an engine that can
 * suspend (AVPlay) keeps its place; everything else is released, and on return live re-tunes at the live edge
 * while VOD reloads where it was.
 */
export class BackgroundHandler {
  private hiddenAt: { source: PlaybackSource; position: number } | undefined;
  private suspended = false;

  constructor(private readonly host: BackgroundHost) {}

  hidden(): void {
    const session = this.host.session();
    const source = this.host.source();
    if (!session || !source) return;
    if (session.suspend()) {
      this.suspended = true;
      return;
    }
    // An old position in a live window means nothing: live is re-tuned at the edge on return.
    this.hiddenAt = { source, position: session.position() };
    this.host.release();
  }

  shown(): void {
    const session = this.host.session();
    if (this.suspended && session) {
      this.suspended = false;
      session.restore();
      return;
    }
    const hidden = this.hiddenAt;
    this.hiddenAt = undefined;
    if (!hidden) return;
    this.host.reload({ ...hidden.source, startAt: hidden.source.kind === 'live' ? undefined : hidden.position });
  }

  /** A new load or a stop: nothing to take back any more. */
  forget(): void {
    this.hiddenAt = undefined;
    this.suspended = false;
  }
}
