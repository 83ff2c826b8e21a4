import type { HlsConfig } from 'hls.js';
import type { StartRequest } from './Engine';
import type { EngineTuning } from './tuning';

/** Retries for one kind of load: hls.js tries this often itself before reporting a fatal error. */
function loadPolicy(maxRetries: number, timeToFirstByteMs: number, loadMs: number) {
  return {
    default: {
      maxTimeToFirstByteMs: timeToFirstByteMs,
      maxLoadTimeMs: loadMs,
      timeoutRetry: { maxNumRetry: maxRetries, retryDelayMs: 0, maxRetryDelayMs: 0 },
      errorRetry: {
        maxNumRetry: maxRetries,
        retryDelayMs: 500,
        maxRetryDelayMs: 4000,
        backoff: 'exponential' as const,
      },
    },
  };
}

/**
 * hls.js settings for IPTV: not low-latency HLS; a bounded back buffer so a TV playing for hours keeps flat memory;
 * a frozen live playlist reported instead of waited on forever; a few quick retries inside hls.js, after which the
 * player's own reconnect (with backoff and a visible state) takes over.
 */
export function hlsConfigFor(request: StartRequest, tuning: EngineTuning): Partial<HlsConfig> {
  const live = request.kind === 'live';
  return {
    lowLatencyMode: false,
    enableWorker: tuning.useWorker,
    backBufferLength: tuning.backBufferSeconds,
    maxBufferLength: tuning.forwardBufferSeconds,
    maxMaxBufferLength: tuning.forwardBufferSeconds * 2,
    maxBufferSize: tuning.maxBufferBytes,
    liveSyncDurationCount: live && tuning.liveEdgeStart ? 1 : tuning.liveSyncSegments,
    liveMaxLatencyDurationCount: 10,
    liveMaxUnchangedPlaylistRefresh: 6,
    // Provider segments often start with a gap (an MPEG-TS PTS offset); jumping it is better than stalling.
    maxBufferHole: 1,
    startPosition: !live && request.startAt !== undefined ? request.startAt : -1,
    // Loads the first segment while the media element attaches: one round trip less to the first picture.
    startFragPrefetch: true,
    // Cues go to a hidden text track; the UI draws them (a canvas app gets no browser rendering).
    renderTextTracksNatively: true,
    manifestLoadPolicy: loadPolicy(1, 8000, 15000),
    playlistLoadPolicy: loadPolicy(2, 8000, 15000),
    fragLoadPolicy: loadPolicy(3, 8000, 20000),
  };
}

/**
 * The highest level index adaptive switching may use under `maxHeight` lines (0: no limit, undefined). Levels of
 * unknown height count as allowed; when every level is taller, the lowest one (index 0 in hls.js's sorted list).
 */
export function levelCap(levels: ReadonlyArray<{ height?: number }>, maxHeight: number): number | undefined {
  if (!(maxHeight > 0)) return undefined;
  let cap = 0;
  levels.forEach((level, index) => {
    if (!level.height || level.height <= maxHeight) cap = index;
  });
  return cap;
}
