import type { UrlRewriter } from '../../platform';
import type { LiveStream } from '../../xtream';
import { appContext } from '../context';
import type { LiveChannels } from './LiveChannels';
import type { Osd, OsdChannel, OsdProgramme } from './Osd';
import { channelNumber } from './zapping';

/** How long the display stays after a change or OK/Info. */
export const OSD_MS = 5000;
const TICK_MS = 1000;

/** A channel as the display and the mini list draw it; the logo goes through the emulator's proxy. */
export function osdChannel(channel: LiveStream, index: number, rewrite?: UrlRewriter): OsdChannel {
  const logo = channel.logo;
  return { number: channelNumber(channel, index), name: channel.name, logoUrl: logo && rewrite ? rewrite(logo) : logo };
}

/**
 * When the on-screen display shows and what it says: shown on a channel change and on OK/Info, hidden after
 * {@link OSD_MS}; while shown, the clock and the progress bar move every second and the programmes are fetched
 * again once the one on air ends.
 */
export class OsdTimer {
  private shown = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private channel: LiveStream | undefined;
  private endsAt = Infinity;
  private fetching = false;

  constructor(private readonly osd: () => Osd) {}

  /** Whether the display is up (or fading in). */
  get visible(): boolean {
    return this.shown;
  }

  /** Draws the channel on screen in `live` and shows the display; its programmes follow when the guide answers. */
  showChannel(live: LiveChannels): void {
    const channel = live.current;
    if (!channel) return;
    this.channel = channel;
    this.osd().showChannel(osdChannel(channel, live.index, appContext().rewriteUrl));
    this.endsAt = Infinity;
    void this.fetchProgrammes(channel);
    this.show();
  }

  /** Shows the display for {@link OSD_MS} more. */
  show(): void {
    if (!this.channel) return;
    this.shown = true;
    this.osd().setSmooth('alpha', 1, { duration: 0.2 });
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), OSD_MS);
    if (!this.tickTimer) this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    this.tick();
  }

  /** Fades the display out. */
  hide(): void {
    this.shown = false;
    this.clearTimers();
    this.osd().setSmooth('alpha', 0, { duration: 0.4 });
  }

  /** Hides at once and forgets the channel (the page closed). */
  stop(): void {
    this.shown = false;
    this.clearTimers();
    this.channel = undefined;
    const osd = this.osd();
    osd.setSmooth('alpha', 0, { duration: 0 });
    osd.alpha = 0;
  }

  /** Draws the channel again (the language changed). */
  redraw(live: LiveChannels): void {
    if (this.shown) this.showChannel(live);
  }

  private tick(): void {
    const time = Date.now();
    this.osd().tick(time);
    if (time >= this.endsAt && this.channel && !this.fetching) void this.fetchProgrammes(this.channel);
  }

  private async fetchProgrammes(channel: LiveStream): Promise<void> {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    this.fetching = true;
    try {
      const answer = await signedIn.source.guide.nowAndNext(channel);
      if (channel !== this.channel) return;
      const now: OsdProgramme | undefined = answer.now;
      this.endsAt = now ? now.stop : Infinity;
      this.osd().showProgrammes(now, answer.next, Date.now());
    } catch {
      // No programme information is a normal state of the display, never an error.
    } finally {
      this.fetching = false;
    }
  }

  private clearTimers(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.hideTimer = undefined;
    this.tickTimer = undefined;
  }
}
