import type { PlaybackSource, PlaybackState } from './types';

/** The part of a Player the queue drives. */
export interface QueuePlayer {
  on(event: 'state', listener: (state: PlaybackState) => void): () => void;
  load(source: PlaybackSource): Promise<void>;
}

/**
 * What plays next: a list of sources (a season's episodes in order) and a position in it. `next()` yields the
 * source after the current one; attached to a player, the next episode starts when one ends.
 */
export class EpisodeQueue {
  private index: number;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly sources: readonly PlaybackSource[],
    startIndex = 0,
  ) {
    this.index = Math.max(0, Math.min(startIndex, sources.length - 1));
  }

  /** The source playing now. */
  get current(): PlaybackSource | undefined {
    return this.sources[this.index];
  }

  /** The source after the current one, without moving. */
  peek(): PlaybackSource | undefined {
    return this.sources[this.index + 1];
  }

  /** Moves on and returns the next source; undefined at the end of the list. */
  next(): PlaybackSource | undefined {
    if (this.index + 1 >= this.sources.length) return undefined;
    this.index++;
    return this.sources[this.index];
  }

  /** Loads the next source into `player` whenever the current one ends, until the list runs out or detach. */
  attach(player: QueuePlayer): () => void {
    this.detach();
    const off = player.on('state', (state) => {
      if (state !== 'ended') return;
      const next = this.next();
      if (next) void player.load(next);
    });
    this.unsubscribe = off;
    return () => this.detach();
  }

  detach(): void {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = undefined;
  }
}
