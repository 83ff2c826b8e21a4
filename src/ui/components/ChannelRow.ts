import { Lightning } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import type { ShownNowNext } from '../live/nowNext';
import { listDisplay, type ListDisplay } from '../preferences';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { logoTexture } from '../live/rowLogo';
import { RowNumber } from '../live/rowNumber';
import { RestTimer } from '../live/rowRest';
import { rowBackground, ROW_COLORS } from './rowBackground';
import type { ListRow } from './VirtualList';

/** What every channel row of a list reads besides its channel; shared, so rows hold no per-item objects. */
export interface ChannelRowContext {
  /** The logo URL the browser may load (after the emulator's proxy rewriting); undefined without a logo. */
  logoUrl(channel: LiveStream): string | undefined;
  /** What is on now and next (from the guide, without waiting). */
  nowNext(channel: LiveStream): ShownNowNext;
  isFavourite(channel: LiveStream): boolean;
  /** The "next" line, e.g. "21:00 Weather". */
  nextLine(shown: ShownNowNext): string;
  /** What the now line says without guide data. */
  noInfo(): string;
}

export interface ChannelRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Number: typeof RowNumber;
  Placeholder: { Initials: object };
  Logo: object;
  Track: { Fill: object };
  Name: object;
  Star: object;
  Now: object;
  Next: object;
}

/** Height of a channel row (static: the virtual list positions rows by it). */
export const CHANNEL_ROW_H = 116;
const LOGO = { x: 80, y: 12, w: 112, h: 63 } as const;
const TRACK = { y: 92, h: 6 } as const;
const TEXT_X = LOGO.x + LOGO.w + 24;
/** Where the name starts without logos (after the number). */
const TEXT_X_NO_LOGO = LOGO.x + 8;

/** How long the list must rest before rows draw their logos and programme lines (and names skipped under a held key). */
export const ROW_REST_MS = 120;

/** How bright the number and the "next" line are on a row without focus (white text, so focus needs no redraw). */
const MUTED_ALPHA = 0.62;

/**
 * Rows waiting to draw their details. While a key is held the list replaces most rows on every key; decoding a logo
 * and laying out two more lines of text for each of them costs more than a TV has per frame, so a row shows its
 * number at once (from shared digit textures), its name too unless a key is held, and the rest once no row has
 * changed for {@link ROW_REST_MS}. One timer and one array serve every row, so a key allocates nothing here.
 */
const waiting: ChannelRow[] = [];
const rest = new RestTimer(ROW_REST_MS, () => {
  for (let i = 0; i < waiting.length; i++) waiting[i].drawDetails();
  waiting.length = 0;
});

function drawWhenResting(row: ChannelRow): void {
  if (waiting.indexOf(row) < 0) waiting.push(row);
  rest.touch();
}

/** Up to two letters standing in for a missing logo: "BBC One" → "BO". */
export function initialsOf(name: string): string {
  // Letters and digits only; anything from U+00C0 up counts as a letter, which covers accented and non-Latin names.
  const words = name.split(/[\s\-_.,:;|/()[\]]+/).filter((w) => /^[A-Za-z0-9\u00c0-\uffff]/.test(w));
  return words
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/**
 * A channel list row: number, logo (a plain placeholder while it loads, with initials when there is none or it
 * fails), name, a star for a favourite, the programme on now with a thin progress bar under the logo, and the next
 * one. Reusing a row only changes texts, the logo source and one bar width; the logo and the programme lines wait
 * until the list rests. Focus changes colours and alphas only, so it redraws no text. The viewer's list display
 * settings leave out numbers, logos or the programme lines.
 */
export class ChannelRow
  extends Lightning.Component<ChannelRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<ChannelRowSpec>, ListRow<LiveStream>
{
  static override _template(): Lightning.Component.Template<ChannelRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Number: { type: RowNumber, x: 64, y: 24, alpha: MUTED_ALPHA },
      Placeholder: {
        x: LOGO.x,
        y: LOGO.y,
        w: LOGO.w,
        h: LOGO.h,
        rect: true,
        color: COLORS.surfaceRaised,
        Initials: { x: LOGO.w / 2, y: LOGO.h / 2 + 2, mount: 0.5, text: textStyle('', FONT.small, COLORS.textMuted) },
      },
      Logo: { x: LOGO.x, y: LOGO.y, w: LOGO.w, h: LOGO.h },
      Track: {
        x: LOGO.x,
        y: TRACK.y,
        w: LOGO.w,
        h: TRACK.h,
        rect: true,
        color: COLORS.surfaceRaised,
        visible: false,
        Fill: { h: TRACK.h, w: 0, rect: true, color: COLORS.warning },
      },
      Name: { x: TEXT_X, y: 8, text: textStyle('', FONT.small + 2, COLORS.text, { maxLines: 1 }) },
      Star: { y: 8, mountX: 1, visible: false, text: textStyle('★', FONT.small, COLORS.warning) },
      Now: { x: TEXT_X, y: 48, text: textStyle('', 28, COLORS.text, { maxLines: 1 }) },
      Next: { x: TEXT_X, y: 80, alpha: MUTED_ALPHA, text: textStyle('', 26, COLORS.focusText, { maxLines: 1 }) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Number = this.getByRef('Number')!;
  readonly Placeholder = this.getByRef('Placeholder')!;
  readonly Initials = this.Placeholder.getByRef('Initials')!;
  readonly Logo = this.getByRef('Logo')!;
  readonly Track = this.getByRef('Track')!;
  readonly Fill = this.Track.getByRef('Fill')!;
  readonly Name = this.getByRef('Name')!;
  readonly Star = this.getByRef('Star')!;
  readonly Now = this.getByRef('Now')!;
  readonly Next = this.getByRef('Next')!;
  private channelName = '';
  private context: ChannelRowContext | undefined;
  private shownLogo: string | undefined;
  private channel: LiveStream | undefined;
  /** The list display the row is laid out for (the preferences hand out a new object on every change). */
  private display: ListDisplay | undefined;
  private focused = false;

  /** The channel's name (what the test hook reports for the focused row). */
  get label(): string {
    return this.channelName;
  }

  /** Hands the row what every row of its list shares; call before the first item. */
  useContext(context: ChannelRowContext): void {
    this.context = context;
  }

  override _init(): void {
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Number.y = LOGO.y + LOGO.h / 2 - 18;
    this.Number.style(FONT.small, COLORS.focusText);
    this.Star.x = this.w - 20;
    this.layOut(listDisplay());
    // The placeholder stays until a logo arrives; a logo that fails (dead link, no CORS for the canvas) draws nothing
    // and leaves the placeholder with the channel's initials.
    this.Logo.on('txLoaded', () => {
      this.Placeholder.visible = false;
    });
    this.Logo.on('txError', () => {
      this.Placeholder.visible = true;
      if (this.channel) this.Initials.text = initialsOf(this.channel.name);
    });
  }

  /**
   * Shows a channel: its number at once, its name too unless a key is held (`fast`), the rest once the list rests.
   * A row bound again to the channel it already shows (the list refreshed) keeps what it drew.
   */
  showItem(channel: LiveStream, index: number, fast = false): void {
    const display = listDisplay();
    if (display !== this.display) this.layOut(display);
    this.Number.show(String(channel.num ?? index + 1));
    this.Name.text = fast ? '' : channel.name;
    this.Star.visible = this.context ? this.context.isFavourite(channel) : false;
    if (channel !== this.channel) {
      // The old logo must not stay on another channel's row while the new one waits.
      this.Placeholder.visible = true;
      this.Initials.text = '';
      this.Logo.texture = null;
      this.shownLogo = undefined;
      this.Now.text = '';
      this.Next.text = '';
      this.Track.visible = false;
    }
    this.channel = channel;
    this.channelName = channel.name;
    drawWhenResting(this);
  }

  /** Draws the name, initials, logo and programme lines of the row's channel (see {@link drawWhenResting}). */
  drawDetails(): void {
    const channel = this.channel;
    if (!channel) return;
    const context = this.context;
    const display = this.display ?? listDisplay();
    this.Name.text = channel.name;
    const logo = context && display.channelLogos ? context.logoUrl(channel) : undefined;
    if (logo !== this.shownLogo || !logo) {
      this.shownLogo = logo;
      this.Placeholder.visible = true;
      // Initials only where no logo will cover them (a failed logo adds them then).
      this.Initials.text = logo || !display.channelLogos ? '' : initialsOf(channel.name);
      this.Logo.texture = logo ? logoTexture(logo, LOGO.w, LOGO.h) : null;
    }
    if (display.nowNext) this.showProgramme(channel, context);
  }

  /** Places the parts for the viewer's list display: without logos the name moves left; without now/next it centres. */
  private layOut(display: ListDisplay): void {
    this.display = display;
    const textX = display.channelLogos ? TEXT_X : TEXT_X_NO_LOGO;
    const textW = this.w - textX - 24;
    this.Number.visible = display.channelNumbers;
    this.Placeholder.alpha = display.channelLogos ? 1 : 0;
    this.Logo.alpha = display.channelLogos ? 1 : 0;
    this.Track.alpha = display.channelLogos && display.nowNext ? 1 : 0;
    this.Now.alpha = display.nowNext ? 1 : 0;
    this.Next.alpha = this.nextAlpha();
    this.Name.x = textX;
    this.Name.y = display.nowNext ? 8 : (CHANNEL_ROW_H - 44) / 2;
    this.Now.x = textX;
    this.Next.x = textX;
    this.Name.patch({ text: { wordWrapWidth: textW - 44 } });
    this.Now.patch({ text: { wordWrapWidth: textW } });
    this.Next.patch({ text: { wordWrapWidth: textW } });
  }

  /** The "next" line is white; without focus it is dimmed (an alpha costs nothing, a tint redraws the text). */
  private nextAlpha(): number {
    if (this.display && !this.display.nowNext) return 0;
    return this.focused ? 1 : MUTED_ALPHA;
  }

  override _focus(): void {
    this.focused = true;
    this.Bg.color = ROW_COLORS.focused;
    this.Number.alpha = 1;
    this.Next.alpha = this.nextAlpha();
  }

  override _unfocus(): void {
    this.focused = false;
    this.Bg.color = ROW_COLORS.idle;
    this.Number.alpha = MUTED_ALPHA;
    this.Next.alpha = this.nextAlpha();
  }

  private showProgramme(channel: LiveStream, context: ChannelRowContext | undefined): void {
    const shown = context ? context.nowNext(channel) : undefined;
    const now = shown ? shown.now : undefined;
    this.Now.text = now ? now.title : context ? context.noInfo() : '';
    this.Next.text = shown && shown.next && context ? context.nextLine(shown) : '';
    this.Track.visible = now !== undefined;
    if (shown && now) this.Fill.w = Math.round(LOGO.w * shown.progress);
  }
}
