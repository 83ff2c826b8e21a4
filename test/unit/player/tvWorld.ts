/**
 * A TV in Node: a fake document, the fake media network and the fake native player of one platform (AVPlay on
 * Tizen, LG's <video> and Luna on webOS), the real platform layer on top, and a Player made the way the app makes
 * one. Tests run it on jest's fake timers.
 */
import { detectPlatform, type Platform, type PlatformHost } from '../../../src/platform';
import { Player, type PlayerOptions } from '../../../src/player';
import { FakeAvPlay, type FakeAvPlayOptions } from '../../fakes/avplay';
import { FakeDocument } from '../../fakes/dom';
import { FakeMediaNetwork } from '../../fakes/mediaNetwork';
import { FakeLuna } from '../../fakes/luna';
import { FakeWebOsVideo, installWebOsMedia } from '../../fakes/webos';

export const TIZEN_UA =
  'Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 76.0.3809.146/6.0 TV Safari/537.36';
export const WEBOS_UA =
  'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.79 Safari/537.36 WebAppManager';

/** Stream URLs of the fake provider. */
export const URLS = {
  liveTs: 'http://provider.test/live/demo/demo/1.ts',
  liveHls: 'http://provider.test/live/demo/demo/1.m3u8',
  movie: 'http://provider.test/movie/demo/demo/100001.mp4',
  multiTrack: 'http://provider.test/movie/demo/demo/100002.mkv',
  missing: 'http://provider.test/live/demo/demo/999999.ts',
  forbidden: 'http://provider.test/live/single/single/1.ts',
  hanging: 'http://provider.test/live/demo/demo/7.ts',
  unsupported: 'http://provider.test/movie/demo/demo/100003.avi',
} as const;

/** The fake provider's streams. */
export function makeNetwork(): FakeMediaNetwork {
  return new FakeMediaNetwork()
    .add(URLS.liveTs, { kind: 'live', audio: ['en'] })
    .add(URLS.liveHls, { kind: 'live', audio: ['en'] })
    .add(URLS.movie, { kind: 'vod', durationMs: 60000, audio: ['en'] })
    .add(URLS.multiTrack, { kind: 'vod', durationMs: 60000, audio: ['en', 'de'], subtitles: ['en', 'fr'] })
    .add(URLS.forbidden, { kind: 'live', status: 403 })
    .add(URLS.hanging, { kind: 'live', hang: true })
    .add(URLS.unsupported, { kind: 'vod', unsupported: true });
}

/** One fake TV with a player on it. */
export interface TvWorld {
  kind: 'tizen' | 'webos';
  document: FakeDocument;
  network: FakeMediaNetwork;
  platform: Platform;
  player: Player;
  avplay?: FakeAvPlay;
  luna?: FakeLuna;
  /** Media and AVPlay elements in the page. */
  mediaElements(): number;
  /** Connections and native player instances still held. */
  heldResources(): number;
}

/** Builds a fake TV of `kind` with a Player on it. */
export function makeTv(
  kind: 'tizen' | 'webos',
  options: { avplay?: FakeAvPlayOptions; player?: Partial<PlayerOptions> } = {},
): TvWorld {
  const document = new FakeDocument();
  const network = makeNetwork();
  let avplay: FakeAvPlay | undefined;
  let luna: FakeLuna | undefined;
  let host: PlatformHost;
  // Both TVs also have an HTML5 <video> (the fallback engine); LG's adds a mediaId, which Tizen code never reads.
  installWebOsMedia(document, network);
  if (kind === 'tizen') {
    avplay = new FakeAvPlay(network, options.avplay);
    host = {
      navigator: { userAgent: TIZEN_UA },
      tizen: {},
      webapis: { avplay },
      document: document as unknown as PlatformHost['document'],
    };
  } else {
    luna = new FakeLuna(document);
    host = {
      navigator: { userAgent: WEBOS_UA },
      webOS: { service: luna },
      document: document as unknown as PlatformHost['document'],
    };
  }
  const platform = detectPlatform(host);
  const player = new Player({
    document: document as unknown as PlayerOptions['document'],
    platform,
    // The status a GET would see: what the player asks when a native player fails without saying why.
    probeStatus: (url) => Promise.resolve(network.statusOf(url)),
    ...options.player,
  });
  const videos = (): FakeWebOsVideo[] => document.querySelectorAll('video') as FakeWebOsVideo[];
  return {
    kind,
    document,
    network,
    platform,
    player,
    avplay,
    luna,
    mediaElements: () => videos().length + document.querySelectorAll('object').length,
    heldResources: () =>
      network.connections() + (avplay && avplay.holdsResources ? 1 : 0) + videos().filter((v) => v.busy).length,
  };
}

/** Advances jest's fake clock in steps until `accept(value())` holds, or fails after `timeoutMs` of fake time. */
export async function advanceUntil<T>(
  value: () => T,
  accept: (v: T) => boolean,
  what: string,
  timeoutMs: number,
  stepMs = 100,
): Promise<T> {
  for (let spent = 0; ; spent += stepMs) {
    const current = value();
    if (accept(current)) return current;
    if (spent >= timeoutMs)
      throw new Error(
        `Timed out after ${timeoutMs} ms of fake time waiting for ${what}; last: ${JSON.stringify(current)}`,
      );
    await jest.advanceTimersByTimeAsync(stepMs);
  }
}
