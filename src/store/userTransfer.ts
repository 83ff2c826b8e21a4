import { describeError, StoreError } from './errors';
import { migrateUserData, type Schema } from './schema';
import type { UserDataDocument } from './userModels';
import { checkUserData } from './userValidation';

/** The format tag of an export file. */
export const EXPORT_FORMAT = 'tvplayer-user-data';

/** An export file, as written by {@link exportUserData}. */
export interface UserDataExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  data: UserDataDocument;
}

/** One JSON document holding all user data (it includes account passwords: the viewer's own backup). */
export function exportUserData(document: UserDataDocument, schema: Schema, now: number): string {
  const file: UserDataExport = {
    format: EXPORT_FORMAT,
    version: schema.version,
    exportedAt: new Date(now).toISOString(),
    data: document,
  };
  return JSON.stringify(file, null, 2);
}

function reject(problems: string[]): never {
  const summary = problems.length === 1 ? problems[0] : `${problems.length} problems, first: ${problems[0]}`;
  throw new StoreError('BAD_IMPORT', `this file cannot be imported: ${summary}`, { problems });
}

/**
 * Reads an export file: checks the tag and version, migrates an older version, and validates every
 * part. Throws `BAD_IMPORT` listing every problem; a file with any problem is refused as a whole.
 */
export function parseUserDataExport(json: string, schema: Schema): UserDataDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return reject([`not JSON: ${describeError(error)}`]);
  }
  if (typeof parsed !== 'object' || parsed === null) return reject(['expected a JSON object']);
  const file = parsed as Partial<Record<keyof UserDataExport, unknown>>;
  if (file.format !== EXPORT_FORMAT) return reject([`format: expected "${EXPORT_FORMAT}"`]);
  const version = file.version;
  if (typeof version !== 'number' || version % 1 !== 0 || version < 1) {
    return reject(['version: expected a whole number']);
  }
  if (version > schema.version) {
    return reject([`version: made by a newer app (version ${version}; this app reads up to ${schema.version})`]);
  }
  let data: unknown;
  try {
    data = migrateUserData(file.data, version, schema);
  } catch (error) {
    return reject([`data: cannot migrate from version ${version}: ${describeError(error)}`]);
  }
  const checked = checkUserData(data);
  if (checked.problems.length > 0) {
    return reject(
      checked.problems.map((problem) => (/^(accounts|byAccount)/.test(problem) ? 'data.' : 'data: ') + problem),
    );
  }
  return checked.document;
}
