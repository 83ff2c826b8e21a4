import type { HlsConfig } from 'hls.js';

/**
 * hls.js settings for live IPTV on a TV: IPTV HLS is not low-latency HLS; a bounded back buffer keeps memory flat on a
 * TV that plays for hours; a frozen playlist is reported instead of waited on forever.
 */
export const LIVE_HLS_CONFIG: Partial<HlsConfig> = {
  lowLatencyMode: false,
  backBufferLength: 30,
  maxBufferLength: 30,
  maxBufferSize: 30 * 1000 * 1000,
  liveSyncDurationCount: 3,
  liveMaxLatencyDurationCount: 10,
  liveMaxUnchangedPlaylistRefresh: 8,
  enableWorker: true,
  // Provider segments often start with a gap (an MPEG-TS PTS offset); jumping it is better than stalling.
  maxBufferHole: 1,
};
