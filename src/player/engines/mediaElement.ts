import type { BufferedSpan } from '../types';
import type { EngineSink, FrameCounts } from './Engine';

/** Seconds buffered ahead of and behind the playhead, in the range that holds it. */
export function bufferedAround(media: HTMLMediaElement): BufferedSpan {
  const ranges = media.buffered;
  const now = media.currentTime;
  let behind = 0;
  let ahead = 0;
  let total = 0;
  for (let i = 0; ranges && i < ranges.length; i++) {
    const start = ranges.start(i);
    const end = ranges.end(i);
    total += end - start;
    if (start <= now + 0.1 && end >= now - 0.1) {
      behind = Math.max(0, now - start);
      ahead = Math.max(0, end - now);
    }
  }
  // Everything not ahead counts as held behind: a back buffer split over several ranges still costs memory.
  return { ahead, behind: Math.max(behind, total - ahead) };
}

interface QualityMedia {
  getVideoPlaybackQuality?(): { totalVideoFrames: number; droppedVideoFrames: number };
  webkitDecodedFrameCount?: number;
  webkitDroppedFrameCount?: number;
}

/** Decoded and dropped frames, from the standard API or Chromium's older counters. */
export function frameCounts(media: HTMLMediaElement): FrameCounts {
  const m = media as unknown as QualityMedia;
  if (typeof m.getVideoPlaybackQuality === 'function') {
    const q = m.getVideoPlaybackQuality();
    return { decoded: q.totalVideoFrames, dropped: q.droppedVideoFrames };
  }
  return { decoded: m.webkitDecodedFrameCount ?? 0, dropped: m.webkitDroppedFrameCount ?? 0 };
}

/** Empties a media element so it releases the decoder and any connection (`src` removed, then `load()`). */
export function resetMediaElement(media: HTMLMediaElement): void {
  media.pause();
  while (media.firstChild) media.removeChild(media.firstChild);
  if (media.getAttribute('src') !== null) media.removeAttribute('src');
  media.load();
}

/** `media.play()`, falling back to a muted start when the browser refuses sound without a user gesture. */
export function playMedia(media: HTMLMediaElement, isCurrent: () => boolean): void {
  let started: Promise<void> | void;
  try {
    started = media.play();
  } catch {
    return;
  }
  if (!started || typeof started.then !== 'function') return;
  started.catch((e: unknown) => {
    if (!isCurrent()) return;
    // Desktop browsers refuse sound without a user gesture; a muted picture beats none.
    if (e && (e as { name?: string }).name === 'NotAllowedError' && !media.muted) {
      media.muted = true;
      const retry = media.play();
      if (retry && typeof retry.catch === 'function') retry.catch(() => undefined);
    }
  });
}

const MEDIA_EVENTS = ['playing', 'waiting', 'pause', 'ended', 'timeupdate', 'durationchange', 'seeking'] as const;

/**
 * Forwards a media element's events to an engine sink; returns the function that stops forwarding. `live` makes
 * the duration 0 whatever the element says (a live window's duration is meaningless for progress).
 */
export function forwardMediaEvents(media: HTMLMediaElement, sink: EngineSink, live: boolean): () => void {
  const handler = (event: Event): void => {
    switch (event.type) {
      case 'playing':
        sink.playing();
        break;
      case 'waiting':
      case 'seeking':
        if (!media.paused) sink.waiting();
        break;
      case 'pause':
        if (!media.ended) sink.paused();
        break;
      case 'ended':
        if (!live) sink.ended();
        break;
      case 'timeupdate':
        sink.progress(media.currentTime);
        break;
      case 'durationchange':
        sink.duration(live || !isFinite(media.duration) ? 0 : media.duration);
        break;
    }
  };
  MEDIA_EVENTS.forEach((type) => media.addEventListener(type, handler));
  return () => MEDIA_EVENTS.forEach((type) => media.removeEventListener(type, handler));
}

/** The media element's own error as a failure kind: MEDIA_ERR_NETWORK 2, DECODE 3, SRC_NOT_SUPPORTED 4. */
export function mediaErrorKind(media: HTMLMediaElement): { kind: 'network' | 'media' | 'format'; detail: string } {
  const code = media.error ? media.error.code : 0;
  if (code === 2) return { kind: 'network', detail: 'MEDIA_ERR_NETWORK' };
  if (code === 3) return { kind: 'media', detail: 'MEDIA_ERR_DECODE' };
  if (code === 4) return { kind: 'format', detail: 'MEDIA_ERR_SRC_NOT_SUPPORTED' };
  return { kind: 'media', detail: 'MEDIA_ERR_ABORTED' };
}
