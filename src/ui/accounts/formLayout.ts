import type { Lightning } from '@lightningjs/sdk';
import { BusyIndicator } from '../components/BusyIndicator';
import { Button } from '../components/Button';
import { ErrorOverlay } from '../components/ErrorOverlay';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { TextField } from '../components/TextField';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { t } from '../i18n';
import { kindLabel } from './accountDetails';
import { fieldLabel, FORM_FIELDS, type AccountKind, type FormItem, type FormMode } from './accountForm';

export interface AccountFormSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Subtitle: object;
  Kind: typeof Button;
  Name: typeof TextField;
  Server: typeof TextField;
  Username: typeof TextField;
  Password: typeof TextField;
  ShowPassword: typeof Button;
  Playlist: typeof TextField;
  Guide: typeof TextField;
  Save: typeof Button;
  Status: typeof BusyIndicator;
  Keyboard: typeof OnScreenKeyboard;
  KeyboardHelp: object;
  Error: typeof ErrorOverlay;
}

type ItemRef = 'Kind' | 'Name' | 'Server' | 'Username' | 'Password' | 'ShowPassword' | 'Playlist' | 'Guide' | 'Save';

/** Element names of the form items (browser tests read them as the focused element). */
export const ITEM_REFS: Record<FormItem, ItemRef> = {
  kind: 'Kind',
  name: 'Name',
  server: 'Server',
  username: 'Username',
  password: 'Password',
  show: 'ShowPassword',
  playlist: 'Playlist',
  guide: 'Guide',
  save: 'Save',
};

const FORM_W = 760;
const FORM_Y = 200;
const GAP = 16;
const KEYBOARD_X = STAGE_W - SAFE.x - OnScreenKeyboard.size.w;

/** Heights of the items in the column (text fields have their label above the box). */
const ITEM_H: Record<FormItem, number> = {
  kind: 64,
  name: 120,
  server: 120,
  username: 120,
  password: 120,
  show: 64,
  playlist: 120,
  guide: 120,
  save: 80,
};

/** The form page's layout: the column of items on the left, the on-screen keyboard on the right, the error above. */
export function formTemplate(): Lightning.Component.Template<AccountFormSpec> {
  const field = (extra: object = {}) => ({ type: TextField, x: SAFE.x, w: FORM_W, visible: false, ...extra });
  return {
    Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
    Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: 1700, maxLines: 1 }) },
    Subtitle: { x: SAFE.x, y: SAFE.y + 80, text: textStyle('', FONT.small, COLORS.textMuted) },
    Kind: { type: Button, x: SAFE.x, w: 560, h: 64, visible: false },
    Name: field(),
    Server: field({ placeholder: 'http://example.com:8080' }),
    Username: field(),
    Password: field({ masked: true }),
    ShowPassword: { type: Button, x: SAFE.x, w: 360, h: 64, visible: false },
    Playlist: field({ placeholder: 'http://example.com/get.php?…' }),
    Guide: field(),
    Save: { type: Button, x: SAFE.x, w: 420, visible: false },
    Status: { type: BusyIndicator, x: SAFE.x + 460, visible: false },
    Keyboard: { type: OnScreenKeyboard, x: KEYBOARD_X, y: FORM_Y + 10 },
    KeyboardHelp: {
      x: KEYBOARD_X,
      y: FORM_Y + 10 + OnScreenKeyboard.size.h + 40,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: OnScreenKeyboard.size.w, lineHeight: 42 }),
    },
    Error: { type: ErrorOverlay, zIndex: 10, signals: { dismiss: '_closeError' } },
  };
}

/** Shows `items` stacked from the top of the column and hides the rest; the busy indicator sits beside "Save". */
export function placeItems(
  page: { tag(name: string): Lightning.Element | undefined },
  items: readonly FormItem[],
): void {
  let y = FORM_Y;
  (Object.keys(ITEM_REFS) as FormItem[]).forEach((item) => {
    const element = page.tag(ITEM_REFS[item]);
    if (!element) return;
    const shown = items.indexOf(item) >= 0;
    element.visible = shown;
    if (!shown) return;
    element.y = y;
    if (item === 'save') page.tag('Status')?.patch({ y: y + 4 });
    y += ITEM_H[item] + GAP;
  });
}

/** Element access the texts need (the page, seen through its element names). */
interface FormTextTarget {
  tag(name: string): Lightning.Element | undefined;
}

/** Puts the form's texts in the current language for `mode` and `kind` (`name`: the account being edited). */
export function applyFormTexts(page: FormTextTarget, mode: FormMode, kind: AccountKind, name: string): void {
  const set = (ref: string, settings: object) => page.tag(ref)?.patch(settings);
  const titles = {
    add: 'accounts.form.addTitle',
    edit: 'accounts.form.editTitle',
    rename: 'accounts.form.renameTitle',
  };
  set('Title', { text: { text: t(titles[mode] as 'accounts.form.addTitle', { name }) } });
  set('Subtitle', { text: { text: t(mode === 'rename' ? 'accounts.form.renameSubtitle' : 'accounts.form.subtitle') } });
  set('Kind', { label: t('accounts.form.kind', { kind: kindLabel({ kind }) }) });
  FORM_FIELDS.forEach((field) => set(ITEM_REFS[field], { label: fieldLabel(field) }));
  set('Name', { placeholder: mode === 'rename' ? '' : t('accounts.form.nameOptional') });
  set('Guide', { placeholder: t('accounts.form.guidePlaceholder') });
  set('Save', { label: t(mode === 'rename' ? 'accounts.form.saveName' : 'accounts.form.save') });
  set('Status', { caption: t('accounts.form.checking') });
  set('KeyboardHelp', { text: { text: t('accounts.form.keyboardHelp') } });
}
