import type { Lightning } from '@lightningjs/sdk';
import { AccountChooser } from '../components/AccountChooser';
import { BusyIndicator } from '../components/BusyIndicator';
import { Button } from '../components/Button';
import { ErrorOverlay } from '../components/ErrorOverlay';
import { t } from '../i18n';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { TextField } from '../components/TextField';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface LoginPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Subtitle: object;
  Server: typeof TextField;
  Username: typeof TextField;
  Password: typeof TextField;
  ShowPassword: typeof Button;
  Connect: typeof Button;
  Demo: typeof Button;
  Playlist: typeof Button;
  Status: typeof BusyIndicator;
  Keyboard: typeof OnScreenKeyboard;
  KeyboardHelp: object;
  Chooser: typeof AccountChooser;
  Error: typeof ErrorOverlay;
}

const FORM_W = 760;
const KEYBOARD_X = STAGE_W - SAFE.x - OnScreenKeyboard.size.w;

/** Puts the page's fixed texts in the current language (the layout draws them once; a language change redraws). */
export function applyLoginTexts(page: { tag(name: string): { patch(settings: object): void } | undefined }): void {
  const set = (ref: string, settings: object) => page.tag(ref)?.patch(settings);
  set('Title', { text: { text: t('home.login.title') } });
  set('Subtitle', { text: { text: t('home.login.subtitle') } });
  set('Server', { label: t('home.login.server') });
  set('Username', { label: t('home.login.username') });
  set('Password', { label: t('home.login.password') });
  set('Connect', { label: t('home.login.connect') });
  set('Demo', { label: t('home.login.demo') });
  set('Playlist', { label: t('accounts.login.playlist') });
  set('Status', { caption: t('home.login.connecting') });
  set('KeyboardHelp', { text: { text: t('home.login.keyboardHelp') } });
}

/** The sign-in page's layout: the form on the left, the on-screen keyboard on the right, overlays above. */
export function loginTemplate(): Lightning.Component.Template<LoginPageSpec> {
  return {
    Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
    Title: { x: SAFE.x, y: SAFE.y, text: textStyle(t('home.login.title'), FONT.title) },
    Subtitle: {
      x: SAFE.x,
      y: SAFE.y + 80,
      text: textStyle(t('home.login.subtitle'), FONT.small, COLORS.textMuted),
    },
    Server: {
      type: TextField,
      x: SAFE.x,
      y: 210,
      w: FORM_W,
      label: t('home.login.server'),
      placeholder: 'http://example.com:8080',
    },
    Username: { type: TextField, x: SAFE.x, y: 350, w: FORM_W, label: t('home.login.username') },
    Password: { type: TextField, x: SAFE.x, y: 490, w: FORM_W, label: t('home.login.password'), masked: true },
    ShowPassword: { type: Button, x: SAFE.x, y: 630, w: 360, h: 64, label: t('home.login.showPassword') },
    Connect: { type: Button, x: SAFE.x, y: 730, w: 360, label: t('home.login.connect') },
    Demo: { type: Button, x: SAFE.x, y: 830, w: 360, label: t('home.login.demo'), visible: false },
    // Below "Demo provider" when there is one (the page moves it up otherwise).
    Playlist: { type: Button, x: SAFE.x, y: 930, w: 360, h: 64, label: t('accounts.login.playlist') },
    Status: { type: BusyIndicator, x: SAFE.x + 400, y: 734, caption: t('home.login.connecting'), visible: false },
    Keyboard: { type: OnScreenKeyboard, x: KEYBOARD_X, y: 210 },
    KeyboardHelp: {
      x: KEYBOARD_X,
      y: 210 + OnScreenKeyboard.size.h + 40,
      text: textStyle(t('home.login.keyboardHelp'), FONT.small, COLORS.textMuted, {
        wordWrapWidth: OnScreenKeyboard.size.w,
        lineHeight: 42,
      }),
    },
    Chooser: { type: AccountChooser, zIndex: 5, signals: { pick: '_openSaved', add: '_addAccount' } },
    Error: { type: ErrorOverlay, zIndex: 10, signals: { dismiss: '_closeError' } },
  };
}
