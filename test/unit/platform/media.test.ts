import { detectMedia, detectPlatform, type PlatformHost } from '../../../src/platform';

const videoProbe = (answer: string) => ({
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  createElement: () => ({ canPlayType: () => answer }),
});
const mse = { isTypeSupported: () => true };

describe('platform media', () => {
  it('offers AVPlay first on a Tizen TV with webapis, and the MSE libraries after it', () => {
    const avplay = {} as NonNullable<NonNullable<PlatformHost['webapis']>['avplay']>;
    const host: PlatformHost = { tizen: {}, webapis: { avplay }, MediaSource: mse, document: videoProbe('maybe') };
    const media = detectPlatform(host).media();
    expect(media.engines).toEqual(['avplay', 'hlsjs', 'shaka', 'mpegts', 'native']);
    expect(media.avplay).toBe(avplay);
    expect(media.nativeHls).toBe(true);
  });

  it('has no AVPlay where webapis.js did not load (a Tizen browser page)', () => {
    expect(detectMedia('tizen', { tizen: {} }).engines).toEqual(['native']);
  });

  it('offers LG’s native pipeline first on webOS, with Luna when webOSTV.js is there', () => {
    const service = { request: () => undefined };
    const media = detectMedia('webos', { webOS: { service }, MediaSource: mse });
    expect(media.engines).toEqual(['webos', 'hlsjs', 'shaka', 'mpegts', 'native']);
    expect(media.luna).toBe(service);
  });

  it('offers the MSE engines in a browser only where MSE plays H.264/AAC', () => {
    expect(detectMedia('browser', { MediaSource: mse }).engines).toEqual(['hlsjs', 'shaka', 'mpegts', 'native']);
    expect(detectMedia('browser', { MediaSource: { isTypeSupported: () => false } }).engines).toEqual(['native']);
    expect(detectMedia('browser', { ManagedMediaSource: mse }).mse).toBe(true);
    expect(detectMedia('browser', {}).nativeHls).toBe(false);
  });

  it('probes once per platform', () => {
    let probes = 0;
    const host: PlatformHost = {
      document: { ...videoProbe(''), createElement: () => (probes++, { canPlayType: () => '' }) },
    };
    const platform = detectPlatform(host);
    platform.media();
    platform.media();
    expect(probes).toBe(1);
  });
});
