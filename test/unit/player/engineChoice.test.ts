import type { PlatformMedia } from '../../../src/platform';
import { inferFormat, planAttempts, preferredLiveFormat } from '../../../src/player';

const BROWSER: PlatformMedia = { engines: ['hlsjs', 'shaka', 'mpegts', 'native'], mse: true, nativeHls: true };
const OLD_BROWSER: PlatformMedia = { engines: ['native'], mse: false, nativeHls: true };
const TIZEN: PlatformMedia = {
  engines: ['avplay', 'hlsjs', 'shaka', 'mpegts', 'native'],
  mse: true,
  nativeHls: true,
  avplay: {} as never,
};
const WEBOS: PlatformMedia = { engines: ['webos', 'native'], mse: false, nativeHls: true };

const engines = (attempts: { engine: string; url: string }[]) =>
  attempts.map((a) => `${a.engine} ${a.url.slice(a.url.lastIndexOf('.') + 1)}`);

describe('inferFormat', () => {
  it('reads the extension, ignoring the query', () => {
    expect(inferFormat('http://h/live/u/p/1.m3u8?token=x')).toBe('hls');
    expect(inferFormat('http://h/live/u/p/1.ts')).toBe('mpegts');
    expect(inferFormat('http://h/movie/u/p/1.MKV')).toBe('mkv');
    expect(inferFormat('http://h/movie/u/p/1.mp4')).toBe('mp4');
    expect(inferFormat('http://h/x/manifest.mpd')).toBe('dash');
  });

  it('takes an Xtream short live URL without extension for MPEG-TS', () => {
    expect(inferFormat('http://h/u/p/1', 'live')).toBe('mpegts');
    expect(inferFormat('http://h/u/p/1', 'movie')).toBe('other');
  });
});

describe('planAttempts', () => {
  const live = {
    url: 'http://h/live/u/p/1.ts',
    kind: 'live' as const,
    alternates: [{ url: 'http://h/live/u/p/1.m3u8', format: 'hls' as const }],
  };

  it('plays live TS with mpegts.js in a browser, then the same channel as HLS', () => {
    expect(engines(planAttempts(live, BROWSER))).toEqual(['mpegts ts', 'hlsjs m3u8', 'shaka m3u8', 'native m3u8']);
  });

  it('retries a live TS a browser cannot play as the stream’s HLS output', () => {
    expect(engines(planAttempts(live, OLD_BROWSER))).toEqual(['native m3u8']);
  });

  it('prefers the TV’s own player and keeps the MSE libraries as fallbacks', () => {
    expect(engines(planAttempts(live, TIZEN))).toEqual([
      'avplay ts',
      'mpegts ts',
      'avplay m3u8',
      'hlsjs m3u8',
      'shaka m3u8',
      'native m3u8',
    ]);
    expect(engines(planAttempts(live, WEBOS))).toEqual(['webos ts', 'webos m3u8', 'native m3u8']);
  });

  it('does not pick native HLS first just because the browser claims it', () => {
    const hls = { url: 'http://h/live/u/p/1.m3u8', kind: 'live' as const };
    expect(planAttempts(hls, BROWSER)[0].engine).toBe('hlsjs');
    expect(engines(planAttempts(hls, { ...BROWSER, nativeHls: false }))).toEqual(['hlsjs m3u8', 'shaka m3u8']);
  });

  it('puts the viewer’s engine first wherever it can play', () => {
    expect(planAttempts(live, BROWSER, 'hlsjs')[0]).toMatchObject({ engine: 'hlsjs', format: 'hls' });
    expect(planAttempts({ url: 'http://h/m.mp4', kind: 'movie' }, BROWSER, 'shaka').map((a) => a.engine)).toEqual([
      'native',
    ]);
  });

  it('plays DASH with shaka and MP4 with the plain video element', () => {
    expect(planAttempts({ url: 'http://h/a.mpd', kind: 'movie' }, BROWSER).map((a) => a.engine)).toEqual(['shaka']);
    expect(planAttempts({ url: 'http://h/a.mp4', kind: 'movie' }, BROWSER).map((a) => a.engine)).toEqual(['native']);
  });
});

describe('preferredLiveFormat', () => {
  it('asks TVs for MPEG-TS and browsers for HLS, unless the viewer chose', () => {
    expect(preferredLiveFormat(TIZEN)).toBe('ts');
    expect(preferredLiveFormat(WEBOS)).toBe('ts');
    expect(preferredLiveFormat(BROWSER)).toBe('m3u8');
    expect(preferredLiveFormat(BROWSER, 'ts')).toBe('ts');
  });
});
