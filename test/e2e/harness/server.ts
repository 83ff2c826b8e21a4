/**
 * Serves the built harness page and a few synthetic media documents the provider does not have: an HLS master
 * playlist with two audio renditions and two WebVTT subtitle renditions over a provider catch-up stream, for the
 * track tests. Binds 127.0.0.1 on a random port; CORS open like the provider.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

export interface HarnessServer {
  url: string;
  /** The multi-track master playlist over `mediaPlaylistUrl` (a finished HLS playlist) lasting `seconds`. */
  multiTrackUrl(mediaPlaylistUrl: string, seconds: number): string;
  close(): Promise<void>;
}

/** The provider's segment length, which the subtitle segments follow. */
const SEGMENT_SECONDS = 2;
/**
 * Segments per loop of the provider's clip (six 2 s segments, see test/provider/media/README.md). Its catch-up
 * playlist marks a discontinuity at every loop, where the MPEG-TS timestamps start again from 0.
 */
const LOOP_SEGMENTS = 6;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.map': 'application/json',
};

/** The words of subtitle line `n` in a language, so a test can tell which track it saw. */
export function subtitleLine(language: string, n: number): string {
  return `${language === 'fr' ? 'Ligne' : 'Line'} ${n} (${language})`;
}

function timestamp(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
}

/**
 * Subtitle segment `n`: one line shown for most of the 2 s it covers. Cue times count from the start of the loop
 * the segment belongs to, whose first MPEG-TS timestamp is 0 (what X-TIMESTAMP-MAP says), like the video.
 */
function vttSegment(language: string, n: number): string {
  const start = (n % LOOP_SEGMENTS) * SEGMENT_SECONDS;
  return [
    'WEBVTT',
    'X-TIMESTAMP-MAP=MPEGTS:0,LOCAL:00:00:00.000',
    '',
    `${timestamp(start)} --> ${timestamp(start + 1.8)}`,
    subtitleLine(language, n + 1),
    '',
  ].join('\n');
}

function master(base: string, seconds: number): string {
  const subs = (lang: string, name: string, isDefault: boolean): string =>
    `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="${name}",LANGUAGE="${lang}",DEFAULT=${isDefault ? 'YES' : 'NO'},` +
    `AUTOSELECT=YES,URI="subs/${lang}.m3u8?seconds=${seconds}"`;
  return [
    '#EXTM3U',
    '#EXT-X-VERSION:4',
    // The English audio is the one muxed into the video segments (no URI); the second rendition reuses them.
    '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",LANGUAGE="en",DEFAULT=YES,AUTOSELECT=YES',
    `#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Deutsch",LANGUAGE="de",DEFAULT=NO,AUTOSELECT=YES,URI="${base}${base.indexOf('?') === -1 ? '?' : '&'}audio=de"`,
    subs('en', 'English', false),
    subs('fr', 'Français', false),
    '#EXT-X-STREAM-INF:BANDWIDTH=200000,CODECS="avc1.42c01e,mp4a.40.2",RESOLUTION=640x360,AUDIO="aud",SUBTITLES="subs"',
    base,
    '',
  ].join('\n');
}

/**
 * A subtitle playlist cut like the video (2 s segments, same sequence numbers, a discontinuity where the video has
 * one), as packagers make them: every playlist of a rendition group has its discontinuities at the same places.
 */
function subtitlePlaylist(language: string, seconds: number): string {
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${SEGMENT_SECONDS}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-DISCONTINUITY-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
  ];
  for (let n = 0; n * SEGMENT_SECONDS < seconds; n++) {
    if (n > 0 && n % LOOP_SEGMENTS === 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXTINF:${SEGMENT_SECONDS.toFixed(3)},`, `${language}/${n}.vtt`);
  }
  return lines.concat('#EXT-X-ENDLIST', '').join('\n');
}

/** Starts the harness server for the built page in `distDir`. */
export async function startHarnessServer(distDir: string): Promise<HarnessServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://harness');
    const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    const seconds = Number(url.searchParams.get('seconds') ?? 60);
    let match: RegExpExecArray | null;
    if (url.pathname === '/media/multitrack.m3u8') {
      const base = url.searchParams.get('base') ?? '';
      res.writeHead(200, { ...cors, 'Content-Type': 'application/vnd.apple.mpegurl' });
      res.end(master(base, seconds));
    } else if ((match = /^\/media\/subs\/(\w+)\.m3u8$/.exec(url.pathname))) {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/vnd.apple.mpegurl' });
      res.end(subtitlePlaylist(match[1], seconds));
    } else if ((match = /^\/media\/subs\/(\w+)\/(\d+)\.vtt$/.exec(url.pathname))) {
      res.writeHead(200, { ...cors, 'Content-Type': 'text/vtt' });
      res.end(vttSegment(match[1], Number(match[2])));
    } else {
      const file = path.resolve(distDir, `.${url.pathname === '/' ? '/index.html' : url.pathname}`);
      if (!file.startsWith(path.resolve(distDir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404, cors).end('not found');
        return;
      }
      res.writeHead(200, { ...cors, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    multiTrackUrl: (base, secs) =>
      `${origin}/media/multitrack.m3u8?base=${encodeURIComponent(base)}&seconds=${Math.round(secs)}`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
