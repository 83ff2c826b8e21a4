import { repairCredentials, type CredentialsInput } from '../xtream';
import type { KeyAction } from './components/keyboardLayout';

/** The three sign-in fields, in the order they appear. */
export const LOGIN_FIELDS = ['server', 'username', 'password'] as const;
export type LoginField = (typeof LOGIN_FIELDS)[number];

/** Applies an on-screen keyboard action (or a typed character) to a field's text. */
export function editText(value: string, action: KeyAction): string {
  switch (action.kind) {
    case 'insert':
      return value + action.text;
    case 'delete':
      return value.slice(0, -1);
    case 'clear':
      return '';
    default:
      return value;
  }
}

/** Whether a key event is a character to type (not a shortcut such as Ctrl+V, not a named key such as Enter). */
export function isTypedCharacter(event: {
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): boolean {
  return typeof event.key === 'string' && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * Credentials found in pasted text: a whole `get.php?username=…&password=…` link (or a stream link with the
 * credentials in its path) fills all three fields. Undefined when the text is not such a link.
 */
export function credentialsFromPaste(text: string): CredentialsInput | undefined {
  const link = text.trim();
  if (!/^https?:\/\/|^[\w.-]+(:\d+)?\//i.test(link)) return undefined;
  try {
    const repaired = repairCredentials({ server: link, username: '', password: '' });
    if (repaired.username === '' || repaired.password === '') return undefined;
    return { server: repaired.server, username: repaired.username, password: repaired.password };
  } catch {
    return undefined;
  }
}

/** Pasted text for one field: the first line, without surrounding spaces. */
export function singleLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}

/** What a paste does: fill all three fields from a link, or insert text into the current field. */
export type PasteEffect = { kind: 'fill'; credentials: CredentialsInput } | { kind: 'insert'; text: string };

/** Decides what pasted text does on the sign-in page. */
export function interpretPaste(text: string): PasteEffect {
  const credentials = credentialsFromPaste(text);
  return credentials ? { kind: 'fill', credentials } : { kind: 'insert', text: singleLine(text) };
}
