// SHA-256 digests for signature references, in the base64 form XML-DSig uses.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalPropObject, FileDigest } from './signature-template';
import { SignatureRole } from './widget-files';

/** Base64 of the SHA-256 of `data` (strings are hashed as UTF-8). */
export function sha256Base64(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('base64');
}

/** Digests each widget file (paths relative to `widgetDir`), keeping the given order. */
export function digestFiles(widgetDir: string, files: readonly string[]): FileDigest[] {
  return files.map((file) => ({
    path: file,
    digest: sha256Base64(fs.readFileSync(path.join(widgetDir, ...file.split('/')))),
  }));
}

/**
 * The `#prop` reference digest: SHA-256 of the C14N 1.1 form of `<Object Id="prop">`. With an empty
 * Identifier it is a constant per role (author `lpo8…`, distributor `u/jU…`), the same as Tizen Studio's.
 */
export function propDigest(role: SignatureRole): string {
  return sha256Base64(canonicalPropObject(role));
}
