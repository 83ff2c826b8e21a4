// Small readers for the archives the packagers write: ar (.ipk), gzip'd ustar (its members), and ZIP (.wgt).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';

/** One member of an archive. */
export interface ArchiveMember {
  name: string;
  data: Buffer;
}

/** Reads an `ar` archive (the .ipk container): `!<arch>\n`, then 60-byte headers, odd sizes padded. */
export function readAr(archive: Buffer): ArchiveMember[] {
  if (archive.toString('ascii', 0, 8) !== '!<arch>\n') throw new Error('not an ar archive');
  const members: ArchiveMember[] = [];
  let offset = 8;
  while (offset < archive.length) {
    const header = archive.toString('ascii', offset, offset + 60);
    if (header.slice(58, 60) !== '`\n') throw new Error(`bad ar header at ${offset}`);
    const name = header.slice(0, 16).trim().replace(/\/$/, '');
    const size = Number(header.slice(48, 58).trim());
    const start = offset + 60;
    members.push({ name, data: archive.subarray(start, start + size) });
    offset = start + size + (size % 2);
  }
  return members;
}

/** A tar entry: a file (`type` '0') or a folder (`type` '5'). */
export interface TarEntry extends ArchiveMember {
  type: string;
  mode: number;
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end < 0 ? length : end);
}

/** Reads a gzip'd tar archive (ustar, with pax `path` records honoured). */
export function readTarGz(archive: Buffer): TarEntry[] {
  const tar = zlib.gunzipSync(archive);
  const entries: TarEntry[] = [];
  let paxPath: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = text(header, 156, 1) || '0';
    const prefix = text(header, 345, 155);
    const name = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
      continue;
    }
    entries.push({ name: paxPath ?? name, type, mode: parseInt(text(header, 100, 8).trim() || '0', 8), data });
    paxPath = undefined;
  }
  return entries;
}

/** Unpacks a .wgt (ZIP) into `dir` and returns the file names it held, in archive order. */
export function unzipInto(zipFile: string, dir: string): string[] {
  const entries = unzipSync(fs.readFileSync(zipFile));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  return Object.keys(entries);
}
