// Which files of an unpacked widget each signature covers, with the naming rules the TV's verifier enforces.
import fs from 'node:fs';
import path from 'node:path';

/** The two signatures a Tizen widget carries. */
export type SignatureRole = 'author' | 'distributor';

/** A widget file that cannot be signed (a dotfile, a non-ASCII name, a symlink…); `file` is relative to the root. */
export class WidgetFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Cannot sign the widget: "${file}" ${reason}`);
    this.name = 'WidgetFileError';
  }
}

const AUTHOR_SIGNATURE_FILE = 'author-signature.xml';
const DISTRIBUTOR_SIGNATURE_FILE = /^signature[1-9][0-9]*\.xml$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

function checkName(relativePath: string, name: string): void {
  if (name.startsWith('.')) {
    // The TV demands a reference for every file, dotfiles included, and Tizen tools never sign them.
    throw new WidgetFileError(relativePath, 'is a dotfile or dot-folder; remove it from the widget');
  }
  if (!PRINTABLE_ASCII.test(name)) {
    // The TV's verifier rejects percent-decoded URI bytes of 0x80 and above.
    throw new WidgetFileError(relativePath, 'has a name outside printable ASCII; rename it');
  }
}

/**
 * Every regular file under `widgetDir`, as `/`-separated paths relative to it, in plain string
 * order (the order of the signature's references). Signature files are listed too.
 * @throws WidgetFileError on dotfiles, non-ASCII names, symlinks and other non-regular entries.
 */
export function listWidgetFiles(widgetDir: string): string[] {
  const files: string[] = [];
  const walk = (relativeDir: string): void => {
    const entries = fs.readdirSync(path.join(widgetDir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      checkName(relativePath, entry.name);
      if (entry.isDirectory()) walk(relativePath);
      else if (entry.isFile()) files.push(relativePath);
      else throw new WidgetFileError(relativePath, 'is not a regular file or folder (symlinks are not allowed)');
    }
  };
  walk('');
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The files a signature of `role` references: signature files at the root are left out, except that the distributor signature covers author-signature.xml. */
export function filesSignedBy(role: SignatureRole, files: readonly string[]): string[] {
  return files.filter((file) => {
    if (DISTRIBUTOR_SIGNATURE_FILE.test(file)) return false;
    return role === 'distributor' || file !== AUTHOR_SIGNATURE_FILE;
  });
}
