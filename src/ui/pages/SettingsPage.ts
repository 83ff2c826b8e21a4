import { Lightning } from '@lightningjs/sdk';
import { appContext } from '../context';
import { t } from '../i18n';
import { changePreferences, currentPreferences } from '../preferences';
import { aboutFacts } from '../settings/about';
import { AboutPanel } from '../settings/AboutPanel';
import { changedPreference, SETTING_IDS, settingLabel, settingValue, type SettingId } from '../settings/options';
import { SETTING_ROW, SettingRow } from '../settings/SettingRow';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface SettingsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Hint: object;
  Rows: object;
  About: typeof AboutPanel;
}

const ROWS_Y = 230;
const ROW_STEP = SETTING_ROW.h + 16;

/** Element names of the rows (browser tests read them as the focused element). */
const ROW_REFS: Record<SettingId, string> = { language: 'Language', clock: 'Clock', about: 'About' };

/**
 * Settings: one row per setting with its current value; Left/Right (or OK) change it on the spot and it is saved
 * for the next start. The language redraws the whole app at once. "About" opens a panel with the version, the
 * platform, the device and its playback engines; Back closes the panel, then returns to the previous page.
 */
export class SettingsPage
  extends Lightning.Component<SettingsPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<SettingsPageSpec>
{
  static override _template(): Lightning.Component.Template<SettingsPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
      Hint: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
      Rows: {
        x: SAFE.x,
        y: ROWS_Y,
        children: SETTING_IDS.map((id, i) => ({ ref: ROW_REFS[id], type: SettingRow, y: i * ROW_STEP })),
      },
      About: { type: AboutPanel, x: SAFE.x, y: ROWS_Y, zIndex: 5 },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Rows = this.getByRef('Rows')!;
  readonly About = this.getByRef('About')!;
  private index = 0;
  private showingAbout = false;
  /** Counts About requests, so that a slow device-info answer never opens a panel the viewer already left. */
  private aboutRequest = 0;

  /** Called by the route on every visit (and after a language change): draws every text anew. */
  open(): void {
    this.Title.text = t('settings.title');
    this.Hint.text = t('settings.hint');
    this.drawRows();
    if (this.showingAbout) void this.openAbout();
  }

  override _getFocused(): Lightning.Component {
    if (this.showingAbout) return this.About;
    return this.row(SETTING_IDS[this.index]);
  }

  override _handleUp(): void {
    if (this.showingAbout) return;
    this.index = Math.max(0, this.index - 1);
    this._refocus();
  }

  override _handleDown(): void {
    if (this.showingAbout) return;
    this.index = Math.min(SETTING_IDS.length - 1, this.index + 1);
    this._refocus();
  }

  override _handleLeft(): void {
    if (!this.showingAbout) this.change(-1);
  }

  override _handleRight(): void {
    if (!this.showingAbout) this.change(1);
  }

  override _handleEnter(): void {
    if (this.showingAbout) return;
    if (SETTING_IDS[this.index] === 'about') void this.openAbout();
    else this.change(1);
  }

  override _handleBack(): boolean | void {
    // The panel closes first; from the list, Back goes on to the App (the previous page).
    if (!this.showingAbout) return false;
    this.closeAbout();
  }

  override _inactive(): void {
    this.closeAbout();
  }

  private row(id: SettingId): SettingRow {
    return this.Rows.childList.getAt(SETTING_IDS.indexOf(id)) as unknown as SettingRow;
  }

  private drawRows(): void {
    const preferences = currentPreferences();
    SETTING_IDS.forEach((id) => {
      const row = this.row(id);
      row.choice = id !== 'about';
      row.label = settingLabel(id);
      row.value = settingValue(id, preferences);
    });
  }

  private change(by: 1 | -1): void {
    const patch = changedPreference(SETTING_IDS[this.index], currentPreferences(), by);
    if (!patch) return;
    // A new language redraws the page through the App; the clock format is drawn here.
    changePreferences(patch).catch(() => appContext().toast(t('settings.saveFailed')));
    this.drawRows();
  }

  private async openAbout(): Promise<void> {
    const request = ++this.aboutRequest;
    this.showingAbout = true;
    this.Rows.visible = false;
    this.Hint.visible = false;
    this._refocus();
    const facts = await aboutFacts(appContext().platform);
    if (request !== this.aboutRequest || !this.showingAbout) return;
    this.About.show(t('settings.about'), facts, t('settings.about.hint'));
  }

  private closeAbout(): void {
    this.aboutRequest++;
    this.showingAbout = false;
    this.About.close();
    this.Rows.visible = true;
    this.Hint.visible = true;
    this._refocus();
  }
}
