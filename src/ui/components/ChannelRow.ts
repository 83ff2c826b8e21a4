import { Lightning } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';
import { rowBackground, ROW_COLORS } from './rowBackground';
import type { ListRow } from './VirtualList';

/** A channel as a row shows it: its stream plus the logo URL the browser may load. */
export interface ChannelRowItem {
  channel: LiveStream;
  /** The logo URL after the emulator's proxy rewriting; undefined when the channel has none. */
  logoUrl?: string;
}

export interface ChannelRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Number: object;
  Placeholder: { Initials: object };
  Logo: object;
  Name: object;
}

const LOGO = { x: 150, w: 112, h: 63 } as const;

/** Up to two letters standing in for a missing logo: "BBC One" → "BO". */
export function initialsOf(name: string): string {
  // Letters and digits only; anything from U+00C0 up counts as a letter, which covers accented and non-Latin names.
  const words = name.split(/[\s\-_.,:;|/()[\]]+/).filter((w) => /^[A-Za-z0-9\u00c0-\uffff]/.test(w));
  return words
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** A channel list row: number, logo (or a placeholder with initials when it is missing or fails), name. */
export class ChannelRow
  extends Lightning.Component<ChannelRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<ChannelRowSpec>, ListRow<ChannelRowItem>
{
  static override _template(): Lightning.Component.Template<ChannelRowSpec> {
    return {
      Bg: { color: ROW_COLORS.idle },
      Number: { x: 120, mountX: 1, mountY: 0.5, color: COLORS.textMuted, text: textStyle('', FONT.body, 0xffffffff) },
      Placeholder: {
        x: LOGO.x,
        mountY: 0.5,
        w: LOGO.w,
        h: LOGO.h,
        rect: true,
        color: COLORS.surfaceRaised,
        Initials: { x: LOGO.w / 2, y: LOGO.h / 2 + 2, mount: 0.5, text: textStyle('', FONT.small, COLORS.textMuted) },
      },
      Logo: { x: LOGO.x + LOGO.w / 2, mount: 0.5 },
      Name: { x: LOGO.x + LOGO.w + 32, mountY: 0.5, text: textStyle('', FONT.body, COLORS.text, { maxLines: 1 }) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Number = this.getByRef('Number')!;
  readonly Placeholder = this.getByRef('Placeholder')!;
  readonly Initials = this.Placeholder.getByRef('Initials')!;
  readonly Logo = this.getByRef('Logo')!;
  readonly Name = this.getByRef('Name')!;
  private channelName = '';

  /** The channel's name (what the test hook reports for the focused row). */
  get label(): string {
    return this.channelName;
  }

  override _init(): void {
    const middle = this.h / 2;
    this.Bg.texture = rowBackground(this.w, this.h);
    this.Number.y = middle + 2;
    this.Placeholder.y = middle;
    this.Logo.y = middle;
    this.Name.patch({ y: middle + 2, text: { wordWrapWidth: this.w - (LOGO.x + LOGO.w + 64) } });
    // The placeholder stays until a logo arrives; a logo that fails (dead link, no CORS for the canvas) draws nothing.
    this.Logo.on('txLoaded', () => {
      this.Placeholder.visible = false;
    });
    this.Logo.on('txError', () => {
      this.Placeholder.visible = true;
    });
  }

  showItem(item: ChannelRowItem, index: number): void {
    const channel = item.channel;
    this.Number.text = String(channel.num ?? index + 1);
    this.channelName = channel.name;
    this.Name.text = channel.name;
    this.Initials.text = initialsOf(channel.name);
    this.Placeholder.visible = true;
    if (item.logoUrl) {
      this.Logo.texture = {
        type: Lightning.textures.ImageTexture,
        src: item.logoUrl,
        resizeMode: { type: 'contain', w: LOGO.w, h: LOGO.h },
      };
    } else {
      this.Logo.texture = null;
    }
  }

  override _focus(): void {
    this.Bg.color = ROW_COLORS.focused;
    this.Number.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = ROW_COLORS.idle;
    this.Number.color = COLORS.textMuted;
  }
}
