import { Lightning } from '@lightningjs/sdk';
import { ASPECT_MODES, type AspectMode, type TrackList } from '../../player';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, RADIUS, SAFE, STAGE_H, STAGE_W } from '../theme';
import { aspectLabel } from './playerText';

/** One choice of the menu. `id` is a track id, `null` (subtitles off) or an aspect mode. */
export interface MenuChoice {
  group: 'audio' | 'subtitles' | 'aspect';
  id: string | null;
  label: string;
  active: boolean;
}

/** What the track menu tells the page. */
export interface TrackMenuSignals {
  choose(choice: MenuChoice): void;
  close(): void;
}

interface TrackMenuTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: TrackMenuSignals;
}

export interface TrackMenuSpec extends Lightning.Component.TemplateSpec {
  Panel: object;
  Title: object;
  Items: object;
  Help: object;
}

const PANEL_W = 640;
const ITEM = { x: STAGE_W - PANEL_W + 40, w: PANEL_W - 40 - SAFE.x + 40, h: 60, header: 64 } as const;

/** The choices of the menu, from the stream's tracks and the player's aspect mode. */
export function menuChoices(tracks: TrackList, aspect: AspectMode): MenuChoice[] {
  const audio = tracks.audio.map((track, i) => ({
    group: 'audio' as const,
    id: track.id,
    label: track.label || track.language || t('player.tracks.track', { number: i + 1 }),
    active: track.active,
  }));
  const subtitles = tracks.subtitles.map((track, i) => ({
    group: 'subtitles' as const,
    id: track.id,
    label: track.label || track.language || t('player.tracks.track', { number: i + 1 }),
    active: track.active,
  }));
  const off = {
    group: 'subtitles' as const,
    id: null,
    label: t('player.tracks.off'),
    active: !tracks.subtitles.some((s) => s.active),
  };
  const aspects = ASPECT_MODES.map((mode) => ({
    group: 'aspect' as const,
    id: mode,
    label: aspectLabel(mode),
    active: mode === aspect,
  }));
  return [...audio, off, ...subtitles, ...aspects];
}

export interface MenuItemSpec extends Lightning.Component.TemplateSpec {
  Bg: object;
  Mark: object;
  Label: object;
}

/** A choice row: a tick when active, the label. */
export class MenuItem
  extends Lightning.Component<MenuItemSpec>
  implements Lightning.Component.ImplementTemplateSpec<MenuItemSpec>
{
  static override _template(): Lightning.Component.Template<MenuItemSpec> {
    return {
      w: ITEM.w,
      h: ITEM.h,
      Bg: { texture: Lightning.Tools.getRoundRect(ITEM.w, ITEM.h, RADIUS, 0, 0, true, 0xffffffff), color: 0 },
      Mark: { x: 20, y: ITEM.h / 2 + 2, mountY: 0.5, text: textStyle('', FONT.body, COLORS.ok) },
      Label: {
        x: 64,
        y: ITEM.h / 2 + 2,
        mountY: 0.5,
        text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: ITEM.w - 84, maxLines: 1 }),
      },
    };
  }

  readonly Bg = this.getByRef('Bg')!;
  readonly Mark = this.getByRef('Mark')!;
  readonly Label = this.getByRef('Label')!;
  choice: MenuChoice | undefined;

  /** The choice's label (what the test hook reports for the focused row). */
  get label(): string {
    return this.choice ? this.choice.label : '';
  }

  show(choice: MenuChoice): void {
    this.choice = choice;
    this.Mark.text = choice.active ? '✓' : '';
    this.Label.text = choice.label;
  }

  override _focus(): void {
    this.Bg.color = COLORS.focus;
  }

  override _unfocus(): void {
    this.Bg.color = 0;
  }
}

/**
 * The menu over the right of the picture (Right or Green): audio tracks, subtitles (Off and each track) and how the
 * picture fills the screen. A choice applies at once and the menu stays open, so the viewer sees the effect.
 */
export class TrackMenu
  extends Lightning.Component<TrackMenuSpec, TrackMenuTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<TrackMenuSpec>
{
  static override _template(): Lightning.Component.Template<TrackMenuSpec> {
    return {
      visible: false,
      Panel: {
        x: STAGE_W - PANEL_W,
        w: PANEL_W,
        h: STAGE_H,
        rect: true,
        colorLeft: 0xd90d1117,
        colorRight: 0xf20d1117,
      },
      Title: { x: ITEM.x, y: SAFE.y + 10, text: textStyle('', FONT.heading, COLORS.text) },
      Items: {},
      Help: { x: ITEM.x, y: STAGE_H - SAFE.y - 36, text: textStyle('', FONT.small, COLORS.textMuted) },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Items = this.getByRef('Items')!;
  readonly Help = this.getByRef('Help')!;
  private items: MenuItem[] = [];
  private focusIndex = 0;

  /** Opens (or redraws) the menu with `choices`, keeping the focus on the same row. */
  open(choices: MenuChoice[]): void {
    const wasOpen = this.visible;
    this.Title.text = t('player.tracks.title');
    this.Help.text = t('player.tracks.help');
    let y = 150;
    const children: Record<string, unknown>[] = [];
    const ordered: MenuChoice[] = [];
    const groups: Array<{ group: MenuChoice['group']; title: string }> = [
      { group: 'audio', title: t('player.tracks.audio') },
      { group: 'subtitles', title: t('player.tracks.subtitles') },
      { group: 'aspect', title: t('player.tracks.picture') },
    ];
    groups.forEach(({ group, title }) => {
      children.push({ x: ITEM.x, y: y + 14, text: textStyle(title, FONT.small, COLORS.textMuted) });
      y += ITEM.header;
      const inGroup = choices.filter((c) => c.group === group);
      if (inGroup.length === 0) {
        children.push({
          x: ITEM.x + 64,
          y: y + 12,
          text: textStyle(t('player.tracks.none'), FONT.small, COLORS.textMuted),
        });
        y += ITEM.h;
      }
      inGroup.forEach((choice) => {
        children.push({ ref: `Choice${ordered.length}`, type: MenuItem, x: ITEM.x, y });
        ordered.push(choice);
        y += ITEM.h;
      });
    });
    this.Items.children = children as unknown as Lightning.Element[];
    this.items = this.Items.children.filter((c) => c instanceof MenuItem) as unknown as MenuItem[];
    this.items.forEach((item, i) => item.show(ordered[i]));
    if (!wasOpen) {
      const active = ordered.findIndex((c) => c.active);
      this.focusIndex = Math.max(0, active);
    }
    this.focusIndex = Math.min(this.focusIndex, this.items.length - 1);
    this.visible = true;
    this._refocus();
  }

  close(): void {
    this.visible = false;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.items[this.focusIndex];
  }

  override _handleUp(): void {
    this.focusIndex = Math.max(0, this.focusIndex - 1);
    this._refocus();
  }

  override _handleDown(): void {
    this.focusIndex = Math.min(this.items.length - 1, this.focusIndex + 1);
    this._refocus();
  }

  override _handleEnter(): void {
    const item = this.items[this.focusIndex];
    if (item && item.choice) this.signal('choose', item.choice);
  }

  override _handleBack(): void {
    this.signal('close');
  }

  override _handleLeft(): void {
    this.signal('close');
  }

  _handleGreen(): void {
    this.signal('close');
  }

  // Modal: digits and the other keys must not reach the player behind the menu.
  override _handleKey(): void {
    return undefined;
  }
}
