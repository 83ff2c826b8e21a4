/** The one committed media clip (see media/README.md): an MP4 and its MPEG-TS segments, held in memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loopTicks } from './tsRetimer';

/** One MPEG-TS segment of the clip. */
export interface ClipSegment {
  bytes: Buffer;
  /** Seconds, from the segment's `#EXTINF`. */
  duration: number;
}

export interface Clip {
  /** The whole clip as MP4 (movies, episodes). */
  mp4: Buffer;
  /** The clip as 2 s MPEG-TS segments (live, catch-up). */
  segments: ClipSegment[];
  /** The segments back to back: one loop of the live MPEG-TS stream. */
  ts: Buffer;
  /** Seconds of one loop. */
  loopSeconds: number;
  /** `#EXT-X-TARGETDURATION`: the longest segment, rounded up. */
  targetDuration: number;
  /** How far (90 kHz ticks) each repetition of `ts` is shifted in a continuous stream. */
  tsLoopTicks: number;
}

/** Where make-clip.sh writes the clip. */
export const MEDIA_DIR = join(__dirname, 'media');

/** Reads the clip; segment names and durations come from the playlist ffmpeg wrote next to them. */
export function loadClip(dir: string = MEDIA_DIR): Clip {
  const playlist = readFileSync(join(dir, 'hls', 'index.m3u8'), 'utf8').split(/\r?\n/);
  const segments: ClipSegment[] = [];
  let duration = 0;
  for (const line of playlist) {
    if (line.startsWith('#EXTINF:')) duration = parseFloat(line.slice('#EXTINF:'.length));
    else if (line && !line.startsWith('#')) segments.push({ bytes: readFileSync(join(dir, 'hls', line)), duration });
  }
  if (segments.length === 0) throw new Error(`no segments in ${dir}/hls/index.m3u8`);
  const ts = Buffer.concat(segments.map((s) => s.bytes));
  return {
    mp4: readFileSync(join(dir, 'clip.mp4')),
    segments,
    ts,
    tsLoopTicks: loopTicks(ts),
    loopSeconds: segments.reduce((sum, s) => sum + s.duration, 0),
    targetDuration: Math.ceil(Math.max(...segments.map((s) => s.duration))),
  };
}
