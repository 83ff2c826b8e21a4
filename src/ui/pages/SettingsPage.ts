import { Lightning, Router } from '@lightningjs/sdk';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { appContext } from '../context';
import { t } from '../i18n';
import { changePreferences, currentPreferences } from '../preferences';
import { aboutFacts } from '../settings/about';
import { AboutPanel } from '../settings/AboutPanel';
import { accountSettings, changeAccountSettings, type AccountSettings } from '../settings/accountSettings';
import { runDataAction } from '../settings/dataFlow';
import { changedSetting, settingLabel, settingValue, type SettingsState } from '../settings/options';
import { ROWS, type RowDef } from '../settings/rows';
import { SettingsList } from '../settings/SettingsList';
import { TextEditor } from '../settings/TextEditor';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface SettingsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Hint: object;
  List: typeof SettingsList;
  Note: { Text: object; Scope: object };
  About: typeof AboutPanel;
  Editor: typeof TextEditor;
  Confirm: typeof ConfirmDialog;
}

const LIST_Y = 200;
const NOTE_X = SAFE.x + 1100 + 64;
const NOTE_W = STAGE_W - SAFE.x - NOTE_X;

type Mode = 'list' | 'about' | 'editing' | 'confirm';

/**
 * Settings, in sections (display, playback, guide, parental control, accounts, data, about): one row per setting
 * with its current value. Left/Right change a choice on the spot and it is saved; OK opens a text setting in the
 * on-screen keyboard, follows a link to its page, or runs an action (clear the cache, export, import, About). The
 * note beside the list explains the focused row and says whether it is kept for the TV or for the account.
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
      List: { type: SettingsList, x: SAFE.x, y: LIST_Y, h: STAGE_H - LIST_Y - 40 },
      Note: {
        x: NOTE_X,
        y: LIST_Y + 72,
        Text: { text: textStyle('', FONT.small, COLORS.text, { wordWrapWidth: NOTE_W, lineHeight: 42 }) },
        Scope: {
          y: 0,
          text: textStyle('', FONT.small - 4, COLORS.textMuted, { wordWrapWidth: NOTE_W, lineHeight: 36 }),
        },
      },
      About: { type: AboutPanel, x: SAFE.x, y: LIST_Y, zIndex: 5 },
      Editor: { type: TextEditor, zIndex: 10, signals: { save: '_saveText', cancel: '_closeEditor' } },
      Confirm: { type: ConfirmDialog, zIndex: 10, signals: { confirm: '_confirmed', cancel: '_closeConfirm' } },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly List = this.getByRef('List')!;
  readonly Note = this.getByRef('Note')!;
  readonly NoteText = this.Note.getByRef('Text')!;
  readonly NoteScope = this.Note.getByRef('Scope')!;
  readonly About = this.getByRef('About')!;
  readonly Editor = this.getByRef('Editor')!;
  readonly Confirm = this.getByRef('Confirm')!;
  private mode: Mode = 'list';
  /** The account's settings as changed on this page, ahead of the store's write. */
  private account: AccountSettings | undefined;
  /** Counts About requests, so that a slow device-info answer never opens a panel the viewer already left. */
  private aboutRequest = 0;

  override _init(): void {
    this.NoteText.on('txLoaded', () => {
      this.NoteScope.y = this.NoteText.renderHeight + 24;
    });
  }

  /** Called by the route on every visit (and after a language change): draws every text anew. */
  open(): void {
    const context = appContext();
    this.account = context.signedIn ? accountSettings(context) : undefined;
    this.Title.text = t('settings.title');
    this.Hint.text = t('settings.hint');
    this.List.drawHeadings();
    this.drawRows();
    if (this.mode === 'about') void this.openAbout();
  }

  override _getFocused(): Lightning.Component {
    if (this.mode === 'about') return this.About;
    if (this.mode === 'editing') return this.Editor;
    if (this.mode === 'confirm') return this.Confirm;
    return this.List;
  }

  override _handleUp(): void {
    // From the first row Up wraps to the last (About), so the bottom is one key away.
    if (this.mode === 'list') this.moveTo(this.List.focusIndex === 0 ? ROWS.length - 1 : this.List.focusIndex - 1);
  }

  override _handleDown(): void {
    if (this.mode === 'list') this.moveTo(Math.min(ROWS.length - 1, this.List.focusIndex + 1));
  }

  override _handleLeft(): void {
    if (this.mode === 'list') this.change(-1);
  }

  override _handleRight(): void {
    if (this.mode === 'list') this.change(1);
  }

  override _handleEnter(): void {
    if (this.mode === 'list') this.activate(this.current());
  }

  override _handleBack(): boolean | void {
    // The panel closes first; from the list, Back goes on to the App (the previous page).
    if (this.mode === 'list') return false;
    if (this.mode === 'about') this.closeAbout();
  }

  /** The physical keyboard types into the editor while it is open (emulator). */
  override _captureKey(event: KeyboardEvent): boolean {
    return this.mode === 'editing' && this.Editor.typeKey(event);
  }

  override _inactive(): void {
    this.closeAbout();
    this._closeEditor();
    this._closeConfirm();
  }

  _saveText(value: string): void {
    const def = this.current();
    const patch: Partial<AccountSettings> = def.id === 'userAgent' ? { userAgent: value } : { guideUrl: value };
    this.saveAccount(patch);
    this._closeEditor();
  }

  _closeEditor(): void {
    this.Editor.close();
    this.setMode('list');
  }

  _confirmed(): void {
    this._closeConfirm();
    void runDataAction(appContext(), 'clearCache');
  }

  _closeConfirm(): void {
    this.Confirm.close();
    this.setMode('list');
  }

  private current(): RowDef {
    return ROWS[this.List.focusIndex];
  }

  private settingsState(): SettingsState {
    const context = appContext();
    return { preferences: currentPreferences(), account: this.account, engines: context.platform.media().engines };
  }

  private moveTo(index: number): void {
    this.List.focusIndex = index;
    this.drawNote();
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    this._refocus();
  }

  private usable(def: RowDef): boolean {
    const context = appContext();
    if (def.scope === 'account' || def.id === 'clearCache') return this.account !== undefined;
    if (def.section === 'data') return context.store !== undefined;
    return true;
  }

  private drawRows(): void {
    const state = this.settingsState();
    ROWS.forEach((def, i) => {
      const row = this.List.rowAt(i);
      row.choice = def.kind === 'choice';
      row.label = settingLabel(def.id);
      row.value = settingValue(def.id, state);
      row.disabled = !this.usable(def);
    });
    this.drawNote();
  }

  private drawNote(): void {
    const def = this.current();
    this.NoteText.text = t(`settings.${def.id}.note` as 'settings.language.note');
    const signedIn = appContext().signedIn;
    let scope = '';
    if (def.scope === 'device') scope = t('settings.scope.device');
    else if (def.scope === 'account' && signedIn) scope = t('settings.scope.account', { name: signedIn.stored.name });
    else if (def.scope === 'account') scope = t('settings.scope.signedOut');
    if (def.section === 'guide' && def.id !== 'guideOffset' && signedIn)
      scope = `${scope} ${t('settings.guideApplies')}`;
    this.NoteScope.text = scope;
  }

  private change(by: 1 | -1): void {
    const def = this.current();
    if (def.kind !== 'choice' || !this.usable(def)) return;
    const patch = changedSetting(def.id, this.settingsState(), by);
    if (!patch) return;
    if (patch.device) {
      // A new language redraws the page through the App; the rest is drawn here.
      changePreferences(patch.device).catch(() => appContext().toast(t('settings.saveFailed')));
    }
    if (patch.account) this.saveAccount(patch.account);
    this.drawRows();
  }

  private saveAccount(patch: Partial<AccountSettings>): void {
    if (!this.account) return;
    this.account = { ...this.account, ...patch };
    changeAccountSettings(appContext(), patch).catch(() => appContext().toast(t('settings.saveFailed')));
    this.drawRows();
  }

  private activate(def: RowDef): void {
    if (!this.usable(def)) return;
    if (def.kind === 'choice') return this.change(1);
    if (def.kind === 'link' && def.route) return Router.navigate(def.route);
    if (def.kind === 'text') {
      const value = this.account ? (def.id === 'userAgent' ? this.account.userAgent : this.account.guideUrl) : '';
      this.Editor.open(settingLabel(def.id), value);
      return this.setMode('editing');
    }
    if (def.id === 'about') return void this.openAbout();
    if (def.id === 'clearCache') {
      const signedIn = appContext().signedIn;
      this.Confirm.ask(
        t('settings.clearCache.ask', { name: signedIn ? signedIn.stored.name : '' }),
        t('settings.clearCache.confirm'),
        t('common.cancel'),
      );
      return this.setMode('confirm');
    }
    if (def.id === 'exportData' || def.id === 'importData') {
      void runDataAction(appContext(), def.id).then(() => this.open());
    }
  }

  private async openAbout(): Promise<void> {
    const request = ++this.aboutRequest;
    this.setMode('about');
    this.List.visible = false;
    this.Note.visible = false;
    this.Hint.visible = false;
    const facts = await aboutFacts(appContext().platform);
    if (request !== this.aboutRequest || this.mode !== 'about') return;
    this.About.show(t('settings.about'), facts, t('settings.about.hint'));
  }

  private closeAbout(): void {
    this.aboutRequest++;
    this.About.close();
    this.List.visible = true;
    this.Note.visible = true;
    this.Hint.visible = true;
    if (this.mode === 'about') this.setMode('list');
  }
}
