/**
 * Buffer and start-up settings shared by every engine, as plain data with documented defaults. The back buffer is
 * always bounded: webOS and Tizen run out of memory after long sessions when it grows without limit.
 */
export interface EngineTuning {
  /** Seconds kept behind the playhead. */
  backBufferSeconds: number;
  /** Seconds fetched ahead of the playhead. */
  forwardBufferSeconds: number;
  /** Upper bound of the forward buffer in bytes (hls.js `maxBufferSize`). */
  maxBufferBytes: number;
  /** Segments behind the live edge a live HLS stream starts at (hls.js `liveSyncDurationCount`). */
  liveSyncSegments: number;
  /**
   * Start live HLS one segment behind the newest instead of `liveSyncSegments`: one segment fetch to the first
   * picture, then the normal distance is kept by hls.js once it plays. Faster zapping, a little less slack at start.
   */
  liveEdgeStart: boolean;
  /**
   * Transmux in a Web Worker (hls.js, mpegts.js). Off by default: a new worker per channel change costs 60–90 ms of
   * the zap (test/bench zap), and the MSE engines run on desktops, where transmuxing IPTV bitrates on the main
   * thread is cheap; TVs play through their native players.
   */
  useWorker: boolean;
  /** mpegts.js stash buffer in KB; 0 turns it off (its 384 KB default holds back a low-bitrate channel's start). */
  stashKB: number;
  /** AVPlay: seconds initial buffering may take before AVPlay itself fails (`setTimeoutForBuffering`). */
  nativeBufferingTimeoutSeconds: number;
  /**
   * AVPlay's own watchdog: no picture this long after `open()` is a failure. A bad URL can take about 30 s to fail
   * inside AVPlay (tv-platforms.md §1.7), far too long to leave a viewer looking at a spinner.
   */
  nativeStartTimeoutMs: number;
  /** AVPlay: seconds buffered before playback starts and before it resumes after a rebuffer. */
  nativeStartBufferSeconds: number;
  nativeResumeBufferSeconds: number;
  /**
   * The tallest rendition (lines) adaptive streams may switch to, 0 for no limit: a viewer on a slow line, or a TV
   * that stutters at 1080p50, keeps to 720p (hls.js level capping, shaka's ABR restrictions).
   */
  maxVideoHeight: number;
}

/** Defaults for every platform. */
export const DEFAULT_TUNING: EngineTuning = {
  backBufferSeconds: 30,
  forwardBufferSeconds: 30,
  maxBufferBytes: 30 * 1000 * 1000,
  liveSyncSegments: 3,
  liveEdgeStart: true,
  useWorker: false,
  stashKB: 0,
  nativeBufferingTimeoutSeconds: 15,
  nativeStartTimeoutMs: 12000,
  nativeStartBufferSeconds: 3,
  nativeResumeBufferSeconds: 5,
  maxVideoHeight: 0,
};

/** Merges overrides onto the defaults. */
export function mergeTuning(overrides: Partial<EngineTuning> = {}): EngineTuning {
  return { ...DEFAULT_TUNING, ...overrides };
}
