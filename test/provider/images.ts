/** Generated artwork: channel logos, posters and backdrops as SVG tiles, and the URLs the catalogue points to. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalogue } from './catalogue';
import { hashString } from './random';
import type { ImageKind } from './records';
import { send, sendText } from './respond';

export type ImageRole = 'logo' | 'poster' | 'backdrop';

/**
 * The URL of an item's image: a served SVG, a URL that 404s (providers often list dead logos), or `""`.
 * `variant` numbers extra backdrops.
 */
export function imageUrl(origin: string, role: ImageRole, id: number, kind: ImageKind, variant = 0): string {
  if (kind === 'none') return '';
  if (kind === 'broken') return `${origin}/images/${role}/${id}.png`;
  return `${origin}/images/${role}/${id}${variant > 0 ? `-${variant}` : ''}.svg`;
}

const sizes: Record<ImageRole, { width: number; height: number }> = {
  logo: { width: 400, height: 400 },
  poster: { width: 400, height: 600 },
  backdrop: { width: 1280, height: 720 },
};

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Up to two letters or digits from the first words of a name ("Sport 3 HD" gives "S3"). */
export function initials(name: string): string {
  const words = name
    .replace(/^[A-Z]{2}: /, '')
    .split(/\s+/)
    .filter((w) => w && !/^(HD|FHD|SD|4K|The)$/.test(w));
  const letters = words.slice(0, 2).map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** Splits a title into lines of about `width` characters for the poster tile. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

/** An SVG tile in a colour derived from the label, with initials (logos) or the title (posters, backdrops). */
export function renderTile(role: ImageRole, label: string): string {
  const { width, height } = sizes[role];
  const hue = hashString(label) % 360;
  const lines = role === 'logo' ? [initials(label)] : wrap(label, role === 'poster' ? 14 : 28);
  const fontSize = role === 'logo' ? 150 : 44;
  const top = height / 2 - ((lines.length - 1) * fontSize * 1.2) / 2;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${width / 2}" y="${top + i * fontSize * 1.2}" font-family="sans-serif" font-size="${fontSize}" ` +
        `font-weight="bold" fill="#fff" text-anchor="middle" dominant-baseline="central">${escapeXml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="hsl(${hue},55%,38%)"/>` +
    `<rect x="12" y="12" width="${width - 24}" height="${height - 24}" fill="none" stroke="#fff" stroke-opacity="0.35" stroke-width="6"/>` +
    `${text}</svg>`
  );
}

/** The label an image id stands for, if the catalogue has such an item for that role. */
function labelFor(catalogue: Catalogue, role: ImageRole, id: number): string | undefined {
  if (role === 'logo') return catalogue.channel(id)?.name;
  const movie = catalogue.movie(id);
  if (movie) return movie.title;
  if (role === 'poster') {
    const episode = catalogue.episode(id);
    if (episode) return episode.episode.title;
  }
  return catalogue.series(id)?.title;
}

const IMAGE_PATH = /^\/images\/(logo|poster|backdrop)\/(\d+)(?:-\d+)?\.svg$/;

/** Serves `/images/{logo|poster|backdrop}/ID[-N].svg`; returns false when the path is not an image path. */
export function serveImage(catalogue: Catalogue, req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (!path.startsWith('/images/')) return false;
  const match = IMAGE_PATH.exec(path);
  const role = match?.[1] as ImageRole | undefined;
  const label = match && role ? labelFor(catalogue, role, Number(match[2])) : undefined;
  if (!role || label === undefined) {
    sendText(req, res, 404, 'Not Found');
    return true;
  }
  send(req, res, 200, renderTile(role, label), {
    'Content-Type': 'image/svg+xml',
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
  return true;
}
