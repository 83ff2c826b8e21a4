/**
 * HLS playlists made from the clip. Live: a sliding window over the clip played in a loop since the provider
 * started, with growing media sequence numbers and a discontinuity at every loop boundary, so players treat it
 * as a live stream that never ends. Catch-up: the same loop as a finished (VOD) playlist.
 */
import type { Clip } from './clip';

/** Segments in a live playlist. */
export const LIVE_WINDOW_SEGMENTS = 4;
/** The live position starts this far into the loop, so the very first playlist already has a full window. */
const LIVE_LEAD_SECONDS = 60;

/** The global sequence number of the newest complete live segment after `elapsedSeconds`. */
export function liveEdgeSequence(clip: Clip, elapsedSeconds: number): number {
  const position = Math.max(0, elapsedSeconds) + LIVE_LEAD_SECONDS;
  const loops = Math.floor(position / clip.loopSeconds);
  let within = position - loops * clip.loopSeconds;
  let index = 0;
  while (index < clip.segments.length && clip.segments[index].duration <= within) {
    within -= clip.segments[index].duration;
    index++;
  }
  return loops * clip.segments.length + index - 1;
}

function header(clip: Clip, firstSequence: number): string[] {
  return [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${clip.targetDuration}`,
    `#EXT-X-MEDIA-SEQUENCE:${firstSequence}`,
    // Every loop boundary before the first listed segment was one discontinuity.
    `#EXT-X-DISCONTINUITY-SEQUENCE:${Math.floor(firstSequence / clip.segments.length)}`,
  ];
}

function segmentLines(clip: Clip, first: number, last: number, uri: (sequence: number) => string): string[] {
  const lines: string[] = [];
  for (let sequence = first; sequence <= last; sequence++) {
    const index = sequence % clip.segments.length;
    if (sequence > first && index === 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXTINF:${clip.segments[index].duration.toFixed(6)},`, uri(sequence));
  }
  return lines;
}

/** The live playlist at a moment; `uri` names a segment by its global sequence number. */
export function livePlaylist(clip: Clip, elapsedSeconds: number, uri: (sequence: number) => string): string {
  const last = liveEdgeSequence(clip, elapsedSeconds);
  const first = Math.max(0, last - LIVE_WINDOW_SEGMENTS + 1);
  return [...header(clip, first), ...segmentLines(clip, first, last, uri)].join('\n') + '\n';
}

/** The number of clip segments that cover a duration (whole loops, at least one). */
export function segmentsFor(clip: Clip, seconds: number): number {
  return Math.max(1, Math.ceil(seconds / clip.loopSeconds)) * clip.segments.length;
}

/** A finished playlist of the looped clip lasting about `seconds` (catch-up). */
export function archivePlaylist(clip: Clip, seconds: number, uri: (sequence: number) => string): string {
  const count = segmentsFor(clip, seconds);
  const lines = [...header(clip, 0), '#EXT-X-PLAYLIST-TYPE:VOD', ...segmentLines(clip, 0, count - 1, uri)];
  return [...lines, '#EXT-X-ENDLIST'].join('\n') + '\n';
}
