/**
 * The account form as data: which items it shows for each mode and kind, what the fields hold, and whether what was
 * typed is enough to try. The page maps this to components; nothing here draws.
 */
import type { StoredAccount } from '../../store';
import type { CredentialsInput } from '../../xtream';
import { t, type StringKey } from '../i18n';

/** The kinds of account the form can add. */
export type AccountKind = StoredAccount['kind'];

/** Add a new account, edit a saved one (its kind stays), or rename one (only the name). */
export type FormMode = 'add' | 'edit' | 'rename';

/** The form's text fields. */
export const FORM_FIELDS = ['name', 'server', 'username', 'password', 'playlist', 'guide'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Focusable items of the form column, top to bottom: fields, the kind switch, "Show password", "Save". */
export type FormItem = FormField | 'kind' | 'show' | 'save';

export type FormValues = Record<FormField, string>;

/** A reason the form cannot be tried yet, with the field to fix. */
export interface FormProblem {
  field: FormField;
  message: string;
  hint: string;
}

const FIELD_LABELS: Record<FormField, StringKey> = {
  name: 'accounts.form.name',
  server: 'accounts.form.server',
  username: 'accounts.form.username',
  password: 'accounts.form.password',
  playlist: 'accounts.form.playlist',
  guide: 'accounts.form.guide',
};

/** A field's label in the current language. */
export function fieldLabel(field: FormField): string {
  return t(FIELD_LABELS[field]);
}

/** The items the form shows, top to bottom. */
export function formItems(mode: FormMode, kind: AccountKind): FormItem[] {
  if (mode === 'rename') return ['name', 'save'];
  const head: FormItem[] = mode === 'add' ? ['kind', 'name'] : ['name'];
  const body: FormItem[] = kind === 'xtream' ? ['server', 'username', 'password', 'show'] : ['playlist', 'guide'];
  return head.concat(body, 'save');
}

/** Whether an item is a text field (typing goes into it). */
export function isField(item: FormItem): item is FormField {
  return (FORM_FIELDS as readonly string[]).indexOf(item) >= 0;
}

/** The form's values for a saved account (empty for a new one). */
export function valuesOf(stored?: StoredAccount): FormValues {
  return {
    name: stored ? stored.name : '',
    server: stored?.server ?? '',
    username: stored?.username ?? '',
    password: stored?.password ?? '',
    playlist: stored?.url ?? '',
    guide: stored?.epgUrl ?? '',
  };
}

/** The fields that must not be empty. */
function requiredFields(mode: FormMode, kind: AccountKind): FormField[] {
  if (mode === 'rename') return ['name'];
  return kind === 'xtream' ? ['server', 'username', 'password'] : ['playlist'];
}

/** What keeps the form from being tried, or undefined when it can be. */
export function formProblem(mode: FormMode, kind: AccountKind, values: FormValues): FormProblem | undefined {
  const save = t(mode === 'rename' ? 'accounts.form.saveName' : 'accounts.form.save');
  const empty = requiredFields(mode, kind).filter((field) => values[field].trim() === '')[0];
  if (empty) {
    return {
      field: empty,
      message: t('accounts.form.missing', { field: fieldLabel(empty) }),
      hint: t('accounts.form.missingHint', { save }),
    };
  }
  if (mode !== 'rename' && kind === 'm3u') {
    const bad = (['playlist', 'guide'] as const).filter((f) => values[f].trim() && !isWebAddress(values[f]))[0];
    if (bad) return { field: bad, message: t('accounts.form.badUrl'), hint: t('accounts.form.badUrlHint') };
  }
  return undefined;
}

/** Whether `text` is an http(s) address (playlists and guides are fetched over the web). */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(text.trim());
}

/** The Xtream credentials in the form, as typed (the client repairs them when signing in). */
export function credentialsOf(values: FormValues): CredentialsInput {
  return { server: values.server.trim(), username: values.username.trim(), password: values.password };
}

/** The playlist part of the form: its address, the guide address the viewer chose, the name. */
export interface PlaylistInput {
  url: string;
  guideUrl?: string;
  name?: string;
}

/** The playlist input in the form. */
export function playlistOf(values: FormValues): PlaylistInput {
  const input: PlaylistInput = { url: values.playlist.trim() };
  if (values.guide.trim()) input.guideUrl = values.guide.trim();
  if (values.name.trim()) input.name = values.name.trim();
  return input;
}
