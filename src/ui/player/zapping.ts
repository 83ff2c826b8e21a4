/**
 * Channel arithmetic of the full-screen player, free of Lightning so it runs under jest: zapping with wrap-around,
 * channel numbers as the viewer sees them, and the previous-channel memory.
 */
import type { LiveStream } from '../../xtream';

/** The index `step` channels away from `index` in a list of `count`, wrapping past either end. */
export function wrapIndex(index: number, step: number, count: number): number {
  if (count <= 0) return -1;
  return (((index + step) % count) + count) % count;
}

/** The number a channel shows: the provider's `num`, else its position in the list (1-based). */
export function channelNumber(channel: LiveStream, index: number): number {
  return channel.num ?? index + 1;
}

/** The index of the channel showing `number` in `channels`, or -1 when none does. */
export function indexOfNumber(channels: readonly LiveStream[], number: number): number {
  for (let i = 0; i < channels.length; i++) {
    if (channelNumber(channels[i], i) === number) return i;
  }
  return -1;
}

/**
 * Remembers the channel watched before the current one, so PreviousChannel goes back to it and, pressed again,
 * swaps back: watching A, then B, then C, it returns to B; then to C; then to B.
 */
export class ChannelMemory {
  private currentId: string | undefined;
  private previousId: string | undefined;

  /** The channel on screen now. */
  get current(): string | undefined {
    return this.currentId;
  }

  /** The channel PreviousChannel returns to, if any. */
  get previous(): string | undefined {
    return this.previousId;
  }

  /** Records that `id` is now on screen; the one before becomes the previous channel. */
  watch(id: string): void {
    if (id === this.currentId) return;
    if (this.currentId !== undefined) this.previousId = this.currentId;
    this.currentId = id;
  }
}
