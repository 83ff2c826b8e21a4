import { Lightning } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import { appContext } from '../context';
import { t } from '../i18n';
import { accountSettings, channelOffset, setChannelOffset, stepOffset } from '../settings/accountSettings';
import { offsetText } from '../settings/options';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE, STAGE_H, STAGE_W } from '../theme';
import { CHANNEL_COLUMN } from './layout';

/** What the channel menu tells the page. */
export interface ChannelMenuSignals {
  /** "Add to / Remove from favourites" was chosen. */
  favourite(channel: LiveStream): void;
  /** "Show in the guide" was chosen. */
  guide(channel: LiveStream): void;
  close(): void;
}

interface ChannelMenuTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: ChannelMenuSignals;
}

export interface ChannelMenuSpec extends Lightning.Component.TemplateSpec {
  Panel: object;
  Edge: object;
  Title: object;
  Rows: object;
  Note: object;
  Help: object;
}

type EntryId = 'favourite' | 'offset' | 'guide';
const ENTRIES: readonly EntryId[] = ['favourite', 'offset', 'guide'];
/** Lightning's refs start with a capital. */
const REFS: Record<EntryId, string> = { favourite: 'Favourite', offset: 'Offset', guide: 'Guide' };

/** The panel covers the preview column, up to the channel list (which stays in view). */
const PANEL_W = STAGE_W - CHANNEL_COLUMN.x - CHANNEL_COLUMN.w - 8;
const ROW = { x: STAGE_W - PANEL_W + 48, w: PANEL_W - 48 - SAFE.x + 20, h: 72, gap: 12, top: 210 } as const;

export interface MenuRowSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Label: object;
  Value: object;
}

/** One entry: its label, and on the offset entry its value between arrows. `label` is for the test hook. */
export class MenuRow
  extends Lightning.Component<MenuRowSpec>
  implements Lightning.Component.ImplementTemplateSpec<MenuRowSpec>
{
  static override _template(): Lightning.Component.Template<MenuRowSpec> {
    return {
      w: ROW.w,
      h: ROW.h,
      Bg: {
        texture: Lightning.Tools.getRoundRect(ROW.w, ROW.h, RADIUS, 0, 0, true, 0xffffffff),
        color: COLORS.surface,
      },
      Label: {
        x: 28,
        y: ROW.h / 2 + 2,
        mountY: 0.5,
        text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: ROW.w - 260, maxLines: 1 }),
      },
      Value: { x: ROW.w - 28, y: ROW.h / 2 + 2, mountX: 1, mountY: 0.5, text: textStyle('', FONT.body, COLORS.text) },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Label = this.getByRef('Label')!;
  readonly Value = this.getByRef('Value')!;
  label = '';

  show(label: string, value: string): void {
    this.label = value ? `${label}: ${value}` : label;
    this.Label.text = label;
    this.Value.text = value;
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
  }

  override _unfocus(): void {
    this.Bg.color = COLORS.surface;
  }
}

/**
 * The menu of one channel of the Live TV list (Yellow): add or remove it from the favourites, move its guide times
 * (Left/Right, in half hours, on top of the account's offset; the guide and the list follow at once) for a guide
 * that lists it in the wrong time zone, and show it in the guide. Back, Yellow or OK on an action close it.
 */
export class ChannelMenu
  extends Lightning.Component<ChannelMenuSpec, ChannelMenuTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<ChannelMenuSpec>
{
  static override _template(): Lightning.Component.Template<ChannelMenuSpec> {
    return {
      visible: false,
      zIndex: 50,
      Panel: {
        x: STAGE_W - PANEL_W,
        w: PANEL_W,
        h: STAGE_H,
        // Opaque: the preview's picture and texts are under it (the page's own help line too).
        rect: true,
        color: COLORS.background,
      },
      Edge: { x: STAGE_W - PANEL_W - 4, w: 4, h: STAGE_H, rect: true, color: COLORS.surfaceRaised },
      Title: {
        x: ROW.x,
        y: SAFE.y + 20,
        text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: ROW.w, maxLines: 2 }),
      },
      Rows: {
        children: ENTRIES.map((id, i) => ({
          ref: REFS[id],
          type: MenuRow,
          x: ROW.x,
          y: ROW.top + i * (ROW.h + ROW.gap),
        })),
      },
      Note: {
        x: ROW.x,
        y: ROW.top + ENTRIES.length * (ROW.h + ROW.gap) + 20,
        text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: ROW.w, maxLines: 5 }),
      },
      Help: { x: ROW.x, y: STAGE_H - SAFE.y - 36, text: textStyle('', 26, COLORS.textMuted) },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly Note = this.getByRef('Note')!;
  readonly Help = this.getByRef('Help')!;
  private channel: LiveStream | undefined;
  private favourite = false;
  private focusIndex = 0;
  /** The channel's own offset as shown (ahead of the store while a change is saved). */
  private minutes = 0;

  get isOpen(): boolean {
    return this.visible;
  }

  /** Opens the menu for `channel`; `favourite` says whether it is one now. */
  open(channel: LiveStream, favourite: boolean): void {
    this.channel = channel;
    this.favourite = favourite;
    this.minutes = channelOffset(appContext(), channel.id);
    this.focusIndex = 0;
    this.visible = true;
    this.draw();
    this._refocus();
  }

  close(): void {
    this.visible = false;
    this.channel = undefined;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.row(ENTRIES[this.focusIndex]);
  }

  override _handleUp(): void {
    this.focusIndex = Math.max(0, this.focusIndex - 1);
    this._refocus();
  }

  override _handleDown(): void {
    this.focusIndex = Math.min(ENTRIES.length - 1, this.focusIndex + 1);
    this._refocus();
  }

  override _handleLeft(): void {
    this.shift(-1);
  }

  override _handleRight(): void {
    this.shift(1);
  }

  override _handleEnter(): void {
    const channel = this.channel;
    if (!channel) return;
    const entry = ENTRIES[this.focusIndex];
    if (entry === 'favourite') this.signal('favourite', channel);
    else if (entry === 'guide') this.signal('guide', channel);
    // OK on the offset moves it forward, as Right does (a remote without arrows held still reaches every value).
    else this.shift(1);
  }

  override _handleBack(): void {
    this.signal('close');
  }

  _handleYellow(): void {
    this.signal('close');
  }

  // Modal: digits and colour keys must not reach the list behind the menu.
  override _handleKey(): void {
    return undefined;
  }

  private shift(by: 1 | -1): void {
    const channel = this.channel;
    if (!channel || ENTRIES[this.focusIndex] !== 'offset') return;
    const next = stepOffset(this.minutes, by);
    if (next === this.minutes) return;
    this.minutes = next;
    this.draw();
    const context = appContext();
    setChannelOffset(context, channel.id, next).catch(() => {
      context.toast(t('live.menu.offsetFailed'));
      if (this.channel === channel) {
        this.minutes = channelOffset(context, channel.id);
        this.draw();
      }
    });
  }

  private draw(): void {
    const channel = this.channel;
    if (!channel) return;
    this.Title.text = channel.name;
    this.row('favourite').show(t(this.favourite ? 'live.menu.favouriteRemove' : 'live.menu.favouriteAdd'), '');
    this.row('offset').show(t('live.menu.offset'), `‹  ${offsetText(this.minutes)}  ›`);
    this.row('guide').show(t('live.menu.guide'), '');
    this.Note.text = t('live.menu.offsetNote', {
      account: offsetText(accountSettings(appContext()).guideOffsetMinutes),
    });
    this.Help.text = t('live.menu.help');
  }

  private row(id: EntryId): MenuRow {
    return this.Rows.children[ENTRIES.indexOf(id)] as unknown as MenuRow;
  }
}
