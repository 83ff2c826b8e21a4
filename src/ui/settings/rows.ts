/**
 * The rows of the settings page, section by section, and what each row does: a choice changed with Left/Right, a
 * text opened with OK (on-screen keyboard), a link to another page, or an action.
 */

/** Sections, top to bottom. */
export type SectionId = 'display' | 'playback' | 'guide' | 'parental' | 'accounts' | 'data' | 'about';

/** Rows, by what they set. */
export type SettingId =
  | 'language'
  | 'clock'
  | 'channelNumbers'
  | 'channelLogos'
  | 'nowNext'
  | 'liveFormat'
  | 'engine'
  | 'maxHeight'
  | 'bufferSeconds'
  | 'userAgent'
  | 'guideUrl'
  | 'guideRefresh'
  | 'guideOffset'
  | 'guideDays'
  | 'parentalPin'
  | 'categories'
  | 'accounts'
  | 'clearCache'
  | 'exportData'
  | 'importData'
  | 'about';

/** What OK and Left/Right do on a row. */
export type RowKind = 'choice' | 'text' | 'link' | 'action';

/** Where a setting is kept: for the whole TV, for the signed-in account, or nowhere (links and actions). */
export type SettingScope = 'device' | 'account' | 'none';

export interface RowDef {
  id: SettingId;
  section: SectionId;
  kind: RowKind;
  scope: SettingScope;
  /** Element name of the row (browser tests read it as the focused element). */
  ref: string;
  /** For a link: the route it opens. */
  route?: string;
}

function row(id: SettingId, section: SectionId, kind: RowKind, scope: SettingScope, route?: string): RowDef {
  return { id, section, kind, scope, ref: id.charAt(0).toUpperCase() + id.slice(1), route };
}

/**
 * Every row in page order. The display section comes first: language and clock are what most viewers look for.
 * Playback choices that depend on the TV (engine, resolution, buffer) are kept for the TV; what depends on the
 * provider (output format, User-Agent, guide) is kept with the account and exported with its user data.
 */
export const ROWS: readonly RowDef[] = [
  row('language', 'display', 'choice', 'device'),
  row('clock', 'display', 'choice', 'device'),
  row('channelNumbers', 'display', 'choice', 'device'),
  row('channelLogos', 'display', 'choice', 'device'),
  row('nowNext', 'display', 'choice', 'device'),
  row('liveFormat', 'playback', 'choice', 'account'),
  row('engine', 'playback', 'choice', 'device'),
  row('maxHeight', 'playback', 'choice', 'device'),
  row('bufferSeconds', 'playback', 'choice', 'device'),
  row('userAgent', 'playback', 'text', 'account'),
  row('guideUrl', 'guide', 'text', 'account'),
  row('guideRefresh', 'guide', 'choice', 'account'),
  row('guideOffset', 'guide', 'choice', 'account'),
  row('guideDays', 'guide', 'choice', 'account'),
  row('parentalPin', 'parental', 'link', 'none', 'parental'),
  row('categories', 'parental', 'link', 'none', 'categories'),
  row('accounts', 'accounts', 'link', 'none', 'accounts'),
  row('clearCache', 'data', 'action', 'none'),
  row('exportData', 'data', 'action', 'none'),
  row('importData', 'data', 'action', 'none'),
  row('about', 'about', 'action', 'none'),
];

/** The row of `id`. */
export function rowOf(id: SettingId): RowDef {
  return ROWS.filter((r) => r.id === id)[0];
}

/** The index of the first row of each section, in page order (where a heading goes above). */
export function sectionStarts(): { section: SectionId; index: number }[] {
  const starts: { section: SectionId; index: number }[] = [];
  ROWS.forEach((r, index) => {
    if (index === 0 || ROWS[index - 1].section !== r.section) starts.push({ section: r.section, index });
  });
  return starts;
}
