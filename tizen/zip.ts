// Writes a folder as a ZIP archive (a .wgt is a plain ZIP of the widget root).
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

/**
 * Zips the given files (paths relative to `rootDir`, `/`-separated) in the given order, each
 * deflated and stamped with `modified`, so the same files and time give the same bytes.
 */
export function zipFiles(rootDir: string, files: readonly string[], modified: Date): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  for (const file of files) {
    const entry = new ZipDeflate(file, { level: 9 });
    entry.mtime = modified;
    entry.os = 3; // Unix, so unzip restores rw-r--r-- instead of guessing
    entry.attrs = 0o644 << 16;
    zip.add(entry);
    entry.push(fs.readFileSync(path.join(rootDir, ...file.split('/'))), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
