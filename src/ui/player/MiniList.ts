import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE, STAGE_H } from '../theme';
import { LogoBox } from './LogoBox';
import type { OsdChannel } from './Osd';

/** What the mini channel list tells the page. */
export interface MiniListSignals {
  /** OK on the channel at `index` of the list given to `open()`. */
  select(index: number): void;
  /** Back: close without tuning. */
  close(): void;
}

/** The channels the list shows, read row by row (a long list is never copied). */
export interface ChannelSource {
  count: number;
  at(index: number): OsdChannel | undefined;
}

interface MiniListTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: MiniListSignals;
}

export interface MiniListSpec extends Lightning.Component.TemplateSpec {
  Panel: object;
  Title: object;
  Rows: object;
  Help: object;
}

const PANEL_W = 700;
const ROW = { x: SAFE.x - 40, w: PANEL_W - SAFE.x + 20, h: 88, gap: 10, top: 170 } as const;
/** Rows on screen at once: the list draws only these, however long the channel list is. */
const VISIBLE = 8;
const LOGO = { w: 104, h: 58 } as const;

export interface MiniRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Number: object;
  Logo: typeof LogoBox;
  Name: object;
}

/** One row of the mini list: number, logo, name. */
export class MiniRow
  extends Lightning.Component<MiniRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<MiniRowSpec>
{
  static override _template(): Lightning.Component.Template<MiniRowSpec> {
    return {
      w: ROW.w,
      h: ROW.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(ROW.w, ROW.h, RADIUS, 0, 0, true, 0xffffffff),
        color: 0x00000000,
      },
      Number: { x: 96, y: ROW.h / 2 + 2, mountX: 1, mountY: 0.5, text: textStyle('', FONT.body, COLORS.textMuted) },
      Logo: { type: LogoBox, x: 116, y: (ROW.h - LOGO.h) / 2, w: LOGO.w, h: LOGO.h },
      Name: {
        x: 116 + LOGO.w + 24,
        y: ROW.h / 2 + 2,
        mountY: 0.5,
        text: textStyle('', FONT.body, COLORS.text, {
          wordWrapWidth: ROW.w - (116 + LOGO.w + 40),
          maxLines: 1,
          textOverflow: 'ellipsis',
        }),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Number = this.getByRef('Number')!;
  readonly Logo = this.getByRef('Logo')!;
  readonly Name = this.getByRef('Name')!;
  private channelName = '';

  /** The channel's name (what the test hook reports for the focused row). */
  get label(): string {
    return this.channelName;
  }

  showChannel(channel: OsdChannel): void {
    this.channelName = channel.name;
    this.Number.text = String(channel.number);
    this.Name.text = channel.name;
    this.Logo.show(channel.name, channel.logoUrl);
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
    this.Number.color = COLORS.focusText;
  }

  override _unfocus(): void {
    this.Bg.color = 0x00000000;
    this.Number.color = 0xffffffff;
  }
}

/**
 * A narrow channel list over the left of the picture (Left or the ChannelList key), so the viewer can pick a
 * channel without leaving full screen. Only the rows on screen exist; they are refilled as the focus moves.
 */
export class MiniList
  extends Lightning.Component<MiniListSpec, MiniListTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<MiniListSpec>
{
  static override _template(): Lightning.Component.Template<MiniListSpec> {
    return {
      visible: false,
      Panel: { w: PANEL_W, h: STAGE_H, rect: true, colorLeft: 0xf20d1117, colorRight: 0xd90d1117 },
      Title: { x: SAFE.x - 40, y: SAFE.y + 10, text: textStyle('', FONT.heading, COLORS.text) },
      Rows: {
        children: Array.from({ length: VISIBLE }, (_unused, slot) => ({
          ref: `Row${slot}`,
          type: MiniRow,
          x: ROW.x,
          y: ROW.top + slot * (ROW.h + ROW.gap),
        })),
      },
      Help: {
        x: SAFE.x - 40,
        y: STAGE_H - SAFE.y - 36,
        text: textStyle('', FONT.small, COLORS.textMuted),
      },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly Help = this.getByRef('Help')!;
  private channels: ChannelSource = { count: 0, at: () => undefined };
  private focusIndex = 0;
  private top = 0;

  /** Shows `channels` with `focusIndex` focused. */
  open(channels: ChannelSource, focusIndex: number): void {
    this.channels = channels;
    this.Title.text = t('player.list.title');
    this.Help.text = t('player.list.help');
    this.top = 0;
    this.visible = true;
    this.focusOn(focusIndex);
  }

  close(): void {
    this.visible = false;
  }

  /** Index of the focused channel. */
  get focusedIndex(): number {
    return this.focusIndex;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.rows()[this.focusIndex - this.top];
  }

  override _handleUp(): void {
    this.focusOn(this.focusIndex - 1);
  }

  override _handleDown(): void {
    this.focusOn(this.focusIndex + 1);
  }

  _handleChannelUp(): void {
    this.focusOn(this.focusIndex - VISIBLE);
  }

  _handleChannelDown(): void {
    this.focusOn(this.focusIndex + VISIBLE);
  }

  override _handleEnter(): void {
    if (this.channels.count > 0) this.signal('select', this.focusIndex);
  }

  override _handleBack(): void {
    this.signal('close');
  }

  _handleChannelList(): void {
    this.signal('close');
  }

  override _handleRight(): void {
    this.signal('close');
  }

  // Modal: digits and the other keys must not reach the player behind the list.
  override _handleKey(): void {
    return undefined;
  }

  private rows(): MiniRow[] {
    return this.Rows.children as unknown as MiniRow[];
  }

  private focusOn(index: number): void {
    const count = this.channels.count;
    this.focusIndex = Math.max(0, Math.min(count - 1, index));
    if (this.focusIndex < this.top) this.top = this.focusIndex;
    else if (this.focusIndex >= this.top + VISIBLE) this.top = this.focusIndex - VISIBLE + 1;
    this.rows().forEach((row, slot) => {
      const channel = this.channels.at(this.top + slot);
      row.visible = channel !== undefined;
      if (channel) row.showChannel(channel);
    });
    this._refocus();
  }
}
