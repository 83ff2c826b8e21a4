import 'fake-indexeddb/auto';
import type { Catalog, XtreamSource } from '../../../src/library';
import type { PlatformMedia } from '../../../src/platform';
import { Player, type PlayerOptions } from '../../../src/player';
import type { Store } from '../../../src/store';
import type { LiveStream } from '../../../src/xtream';
import type { AppContext } from '../../../src/ui/context';
import {
  catchupSourceFor,
  episodeSourceFor,
  liveSourceFor,
  movieSourceFor,
  playerTuningFor,
  preferredEngineFor,
} from '../../../src/ui/playback';
import { changePreferences, loadPreferences } from '../../../src/ui/preferences';
import { changeAccountSettings } from '../../../src/ui/settings/accountSettings';
import { createMemoryStore } from '../../../src/store';
import { FakeDocument } from '../../fakes/dom';
import { startProvider, type RunningProvider } from '../../provider/server';
import { demoSource, openTestStore, testClock } from '../library/guide/support';

const BROWSER: PlatformMedia = { engines: ['hlsjs', 'shaka', 'mpegts', 'native'], mse: true, nativeHls: false };
const WEBOS: PlatformMedia = { engines: ['webos'], mse: false, nativeHls: true };

let provider: RunningProvider;
let store: Store;
let source: XtreamSource;
let catalog: Catalog;
let player: Player;

function account(id: string) {
  return {
    id,
    kind: 'xtream' as const,
    name: id,
    server: provider.url,
    username: 'demo',
    password: 'demo',
    createdAt: 1,
  };
}

/** The parts of the app context the source builders read, around the demo account signed in for real. */
function contextOn(media: PlatformMedia, accountId = 'playback'): AppContext {
  const stored = account(accountId);
  return {
    platform: { media: () => media },
    player,
    store,
    signedIn: { stored, source, client: source.client, account: source.account! },
  } as unknown as AppContext;
}

function firstChannel(): LiveStream {
  return catalog.items('live', 'all').at(0) as LiveStream;
}

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  await loadPreferences(createMemoryStore(), 'en');
  player = new Player({
    document: new FakeDocument() as unknown as PlayerOptions['document'],
    platform: { media: () => BROWSER, onVisibilityChange: () => () => undefined },
    handleVisibility: false,
  });
  const clock = testClock();
  store = await openTestStore(clock);
  source = demoSource(provider, 'playback', store, clock).source;
  await source.connect();
  catalog = (await source.loadCatalog()).catalog;
  await store.user.saveAccount(account('playback'));
}, 120000);

afterAll(async () => {
  player.destroy();
  await provider.close();
});

afterEach(async () => {
  await changeAccountSettings(contextOn(BROWSER), { liveFormat: 'auto', userAgent: '' });
});

describe('live sources', () => {
  it('asks for HLS in a browser and MPEG-TS on a TV by default, the other output as the fallback', () => {
    const channel = firstChannel();
    const browser = liveSourceFor(contextOn(BROWSER), channel);
    expect(browser.url).toMatch(new RegExp(`/live/demo/demo/${channel.id}\\.m3u8$`));
    expect(browser.format).toBe('hls');
    expect(browser.alternates).toEqual([{ url: expect.stringMatching(/\.ts$/), format: 'mpegts' }]);
    expect(browser).toMatchObject({ kind: 'live', id: channel.id, title: channel.name });

    const tv = liveSourceFor(contextOn(WEBOS), channel);
    expect(tv.url).toMatch(/\.ts$/);
    expect(tv.alternates).toEqual([{ url: expect.stringMatching(/\.m3u8$/), format: 'hls' }]);
  });

  it('follows the account’s format setting over the platform’s, keeping the other one as the fallback', async () => {
    const channel = firstChannel();
    await changeAccountSettings(contextOn(BROWSER), { liveFormat: 'ts' });
    const browser = liveSourceFor(contextOn(BROWSER), channel);
    expect(browser.url).toMatch(/\.ts$/);
    expect(browser.format).toBe('mpegts');
    expect(browser.alternates![0].url).toMatch(/\.m3u8$/);

    await changeAccountSettings(contextOn(BROWSER), { liveFormat: 'm3u8' });
    expect(liveSourceFor(contextOn(WEBOS), channel).url).toMatch(/\.m3u8$/);
  });

  it('the format setting is the account’s own: another account keeps the platform’s choice', async () => {
    await changeAccountSettings(contextOn(BROWSER), { liveFormat: 'ts' });
    await store.user.saveAccount(account('other'));
    expect(liveSourceFor(contextOn(BROWSER, 'other'), firstChannel()).url).toMatch(/\.m3u8$/);
  });

  it('sends the account’s User-Agent with every kind of stream, and none by default', async () => {
    const channel = firstChannel();
    expect(liveSourceFor(contextOn(BROWSER), channel).headers).toBeUndefined();
    await changeAccountSettings(contextOn(BROWSER), { userAgent: 'ProviderBox/2.1' });
    const context = contextOn(BROWSER);
    expect(liveSourceFor(context, channel).headers).toEqual({ userAgent: 'ProviderBox/2.1' });
    const movie = catalog.items('movie', 'all').at(0) as never;
    expect(movieSourceFor(context, movie, 30)).toMatchObject({
      kind: 'movie',
      startAt: 30,
      headers: { userAgent: 'ProviderBox/2.1' },
    });
  });
});

describe('VOD and catch-up sources', () => {
  it('builds movie and episode URLs with the account’s builders', () => {
    const context = contextOn(BROWSER);
    const movie = catalog.items('movie', 'all').at(0) as unknown as {
      id: string;
      containerExtension: string;
      name: string;
    };
    const built = movieSourceFor(context, movie as never);
    expect(built.url).toBe(`${provider.url}/movie/demo/demo/${movie.id}.${movie.containerExtension}`);
    expect(built.title).toBe(movie.name);
    const episode = { id: '9001', containerExtension: 'mkv', title: 'Pilot', season: 1, episodeNum: 1 };
    const playing = episodeSourceFor(context, episode as never, 12, 'Show – S1 E1 · Pilot');
    expect(playing).toMatchObject({ kind: 'episode', id: '9001', startAt: 12, title: 'Show – S1 E1 · Pilot' });
    expect(playing.url).toBe(`${provider.url}/series/demo/demo/9001.mkv`);
  });

  it('asks for catch-up as HLS with a .ts fallback, and for nothing outside the archive', () => {
    const context = contextOn(BROWSER);
    const channels = catalog.items('live', 'all').toArray() as LiveStream[];
    const archived = channels.filter((c) => c.hasArchive)[0];
    const plain = channels.filter((c) => !c.hasArchive)[0];
    const hourAgo = Date.now() - 3600000;
    const programme = { start: hourAgo, stop: hourAgo + 1800000, title: 'Earlier', channelId: archived.id };
    const built = catchupSourceFor(context, archived, programme as never)!;
    expect(built.kind).toBe('catchup');
    expect(built.url).toMatch(/\/timeshift\/demo\/demo\/30\/.*\.m3u8$/);
    expect(built.alternates![0].url).toMatch(/\.ts$/);
    expect(catchupSourceFor(context, plain, { ...programme, channelId: plain.id } as never)).toBeUndefined();
  });
});

describe('player settings', () => {
  it('turns the buffer and resolution settings into engine tuning', () => {
    expect(playerTuningFor({ bufferSeconds: 30, maxHeight: 0 })).toEqual({
      forwardBufferSeconds: 30,
      maxBufferBytes: 30000000,
      maxVideoHeight: 0,
    });
    expect(playerTuningFor({ bufferSeconds: 120, maxHeight: 720 })).toMatchObject({
      forwardBufferSeconds: 120,
      maxVideoHeight: 720,
    });
  });

  it('hands the TV’s engine choice to the player as soon as it changes', async () => {
    // Building a source makes the player follow the preferences; the choice is then read at each load.
    liveSourceFor(contextOn(BROWSER), firstChannel());
    const preferred = () => (player as unknown as { preferred: string | undefined }).preferred;
    expect(preferred()).toBeUndefined();
    await changePreferences({ engine: 'shaka' });
    expect(preferred()).toBe('shaka');
    await changePreferences({ engine: 'auto' });
    expect(preferred()).toBeUndefined();
  });

  it('prefers the chosen engine only where the device has it', () => {
    expect(preferredEngineFor({ engine: 'shaka' }, BROWSER)).toBe('shaka');
    expect(preferredEngineFor({ engine: 'shaka' }, WEBOS)).toBeUndefined();
    expect(preferredEngineFor({ engine: 'auto' }, BROWSER)).toBeUndefined();
  });
});
