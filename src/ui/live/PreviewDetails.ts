import type { LiveStream } from '../../xtream';
import type { LiveGuide } from './liveData';
import { lookOf, type PreviewController } from './PreviewController';
import type { PreviewWindow } from './PreviewWindow';

/** How long the focus must stay before the details under the preview follow it. */
export const DETAILS_DELAY_MS = 120;

/**
 * Keeps the details under the preview (channel, programme on now, next) and the window's cover in step with the
 * focused channel. They follow the focus once it slows down, so a held key redraws only the list.
 */
export class PreviewDetails {
  private channel: LiveStream | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly window: PreviewWindow,
    private readonly guide: LiveGuide,
    private readonly preview: PreviewController,
    private readonly player: { readonly state: Parameters<typeof lookOf>[0] },
  ) {}

  /** The channel the details describe. */
  get shown(): LiveStream | undefined {
    return this.channel;
  }

  /** Shows `channel` once the focus has stayed on it for {@link DETAILS_DELAY_MS}. */
  schedule(channel: LiveStream | undefined): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.show(channel);
    }, DETAILS_DELAY_MS);
  }

  /** Shows `channel` now (undefined clears the details). */
  show(channel: LiveStream | undefined): void {
    this.cancel();
    this.channel = channel;
    if (!channel) {
      this.window.showChannel(undefined);
      return;
    }
    const now = Date.now();
    const number = channel.num !== undefined ? String(channel.num) : '';
    this.window.showChannel({ name: channel.name, number }, this.guide.nowNext(channel, now), now);
    // Another channel may still play under the window until this one's preview starts: cover it.
    this.window.showLook(this.preview.isPlaying(channel.id) ? lookOf(this.player.state) : 'empty');
  }

  /** Draws the same channel again (the guide arrived, the clock moved on). */
  refresh(): void {
    this.show(this.channel);
  }

  /** Drops a pending update. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
