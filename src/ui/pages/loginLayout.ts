import type { Lightning } from '@lightningjs/sdk';
import { AccountChooser } from '../components/AccountChooser';
import { BusyIndicator } from '../components/BusyIndicator';
import { Button } from '../components/Button';
import { ErrorOverlay } from '../components/ErrorOverlay';
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
  Status: typeof BusyIndicator;
  Keyboard: typeof OnScreenKeyboard;
  KeyboardHelp: object;
  Chooser: typeof AccountChooser;
  Error: typeof ErrorOverlay;
}

const FORM_W = 760;
const KEYBOARD_X = STAGE_W - SAFE.x - OnScreenKeyboard.size.w;

/** The sign-in page's layout: the form on the left, the on-screen keyboard on the right, overlays above. */
export function loginTemplate(): Lightning.Component.Template<LoginPageSpec> {
  return {
    Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
    Title: { x: SAFE.x, y: SAFE.y, text: textStyle('Sign in to your TV service', FONT.title) },
    Subtitle: {
      x: SAFE.x,
      y: SAFE.y + 80,
      text: textStyle('Enter the server, username and password your provider sent you.', FONT.small, COLORS.textMuted),
    },
    Server: {
      type: TextField,
      x: SAFE.x,
      y: 210,
      w: FORM_W,
      label: 'Server',
      placeholder: 'http://example.com:8080',
    },
    Username: { type: TextField, x: SAFE.x, y: 350, w: FORM_W, label: 'Username' },
    Password: { type: TextField, x: SAFE.x, y: 490, w: FORM_W, label: 'Password', masked: true },
    ShowPassword: { type: Button, x: SAFE.x, y: 630, w: 360, h: 64, label: 'Show password' },
    Connect: { type: Button, x: SAFE.x, y: 730, w: 360, label: 'Connect' },
    Demo: { type: Button, x: SAFE.x, y: 830, w: 360, label: 'Demo provider', visible: false },
    Status: { type: BusyIndicator, x: SAFE.x + 400, y: 734, caption: 'Connecting…', visible: false },
    Keyboard: { type: OnScreenKeyboard, x: KEYBOARD_X, y: 210 },
    KeyboardHelp: {
      x: KEYBOARD_X,
      y: 210 + OnScreenKeyboard.size.h + 40,
      text: textStyle(
        'Press OK on a field, then type here. Pasting a get.php link fills all three fields.',
        FONT.small,
        COLORS.textMuted,
        { wordWrapWidth: OnScreenKeyboard.size.w, lineHeight: 42 },
      ),
    },
    Chooser: { type: AccountChooser, zIndex: 5, signals: { pick: '_openSaved', add: '_addAccount' } },
    Error: { type: ErrorOverlay, zIndex: 10, signals: { dismiss: '_closeError' } },
  };
}
