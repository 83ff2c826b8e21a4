/**
 * The preview of the Live TV page: the focused channel starts playing in the preview rectangle once the focus has
 * rested on it for {@link PREVIEW_DELAY_MS} (moving on cancels), so scrolling through a list never tunes every
 * channel it passes. Going full screen hands the playing stream to the player page without restarting it.
 */
import type { PlaybackState } from '../../player';
import type { LiveStream } from '../../xtream';
import { playbackAccount, type AppContext } from '../context';
import { liveSourceFor } from '../playback';
import { registerProbe } from '../testHook';
import { PREVIEW } from './layout';
import type { PreviewLook } from './PreviewWindow';
import { RestTimer } from './rowRest';

/** How long the focus rests on a channel before its preview starts. */
export const PREVIEW_DELAY_MS = 500;

/** What the `live.preview` probe reports. */
export interface PreviewProbe {
  channelId: string | null;
  state: PlaybackState;
}

/** States in which the player is busy with (or showing) a stream. */
const RUNNING: readonly PlaybackState[] = ['loading', 'playing', 'paused', 'buffering', 'reconnecting'];

/** How the preview window should look in a player state. */
export function lookOf(state: PlaybackState): PreviewLook {
  if (state === 'playing' || state === 'paused') return 'playing';
  if (state === 'loading' || state === 'buffering' || state === 'reconnecting') return 'loading';
  return state === 'error' ? 'message' : 'empty';
}

/** See the file comment. */
export class PreviewController {
  /** The channel the focus is on, waiting for its preview; one timer however fast the focus moves. */
  private waitingFor: LiveStream | undefined;
  private readonly rest = new RestTimer(PREVIEW_DELAY_MS, () => {
    const channel = this.waitingFor;
    this.waitingFor = undefined;
    if (!channel) return;
    this.onRest(channel);
    this.play(channel);
  });
  private channelId: string | undefined;
  private off: (() => void)[] = [];

  /**
   * @param context the app context (player, account)
   * @param onLook called when the preview window should change its look
   * @param onRest called when the focus has rested on a channel (before its preview starts)
   */
  constructor(
    private readonly context: AppContext,
    private readonly onLook: (look: PreviewLook) => void,
    private readonly onRest: (channel: LiveStream) => void,
  ) {}

  /** Follows the player's state and registers the `live.preview` probe; returns nothing, undone by {@link detach}. */
  attach(): void {
    this.detach();
    const player = this.context.player;
    this.off = [
      player.on('state', (state: PlaybackState) => {
        if (this.channelId !== undefined) this.onLook(lookOf(state));
      }),
      registerProbe('live.preview', (): PreviewProbe => this.probe()),
    ];
  }

  /** Stops following the player (the page is leaving). */
  detach(): void {
    this.off.forEach((off) => off());
    this.off = [];
  }

  /** The focus moved to `channel` (undefined: to no channel, or to a locked one): restarts the wait. */
  focus(channel: LiveStream | undefined): void {
    if (!channel) {
      this.cancel();
      return;
    }
    this.waitingFor = channel;
    this.rest.touch();
  }

  /** Cancels a preview that has not started yet. */
  cancel(): void {
    this.waitingFor = undefined;
    this.rest.cancel();
  }

  /** Whether a preview plays (or loads). */
  get active(): boolean {
    return this.channelId !== undefined && this.isPlaying(this.channelId);
  }

  /** Whether the preview plays (or loads) `channelId`. */
  isPlaying(channelId: string): boolean {
    const player = this.context.player;
    const source = player.source;
    return (
      source !== undefined && source.kind === 'live' && source.id === channelId && RUNNING.indexOf(player.state) >= 0
    );
  }

  /** Full screen is taking over: the stream keeps playing, now on the whole screen. */
  handOver(): void {
    this.cancel();
    this.channelId = undefined;
    this.context.player.setRect();
  }

  /** Ends the preview: stops the stream and gives the picture its full-screen place back. */
  stop(): void {
    this.cancel();
    const player = this.context.player;
    if (this.channelId !== undefined) player.stop();
    this.channelId = undefined;
    player.setRect();
    this.onLook('empty');
  }

  private play(channel: LiveStream): void {
    const context = this.context;
    const signedIn = context.signedIn;
    if (!signedIn) return;
    context.player.setRect(PREVIEW);
    this.channelId = channel.id;
    // Back from full screen on the same channel: it is still playing, so only the picture moves.
    if (this.isPlaying(channel.id)) {
      this.onLook(lookOf(context.player.state));
      return;
    }
    this.onLook('loading');
    void context.player.load(liveSourceFor(context, channel), playbackAccount(signedIn));
  }

  private probe(): PreviewProbe {
    const id = this.channelId;
    return { channelId: id ?? null, state: id !== undefined ? this.context.player.state : 'idle' };
  }
}
