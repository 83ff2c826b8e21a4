import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../provider/server';
import { XtreamSource, type MediaKind } from '../../../src/library';
import { openStore } from '../../../src/store';
import { LoadActivity, quietMoment, type ActivitySnapshot } from '../../../src/ui/loadActivity';
import { XtreamClient } from '../../../src/xtream';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(async () => {
  await provider.close();
});

async function sourceFor(id: string, fetchImpl?: typeof fetch): Promise<XtreamSource> {
  const store = await openStore({ timeoutMs: 2000 });
  const client = new XtreamClient(
    { server: provider.url, username: 'demo', password: 'demo' },
    { http: { fetch: fetchImpl, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } } },
  );
  return new XtreamSource({ id, name: 'demo', client, cache: store.cacheFor(id) });
}

/** A quiet moment the test decides. */
function handQuiet() {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { whenQuiet: () => promise, open: () => open() };
}

/** The kinds fetched so far, by the provider's action names. */
function recordActions(): { fetch: typeof fetch; actions: string[] } {
  const actions: string[] = [];
  const recorded = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = /action=(\w+)/.exec(url);
    if (action) actions.push(action[1]);
    return fetch(input, init);
  }) as typeof fetch;
  return { fetch: recorded, actions };
}

const sectionsOf = (activity: LoadActivity) => activity.snapshot.catalog.sections;

describe('the loads of a signed-in account', () => {
  it('is ready once the channels are in, and loads movies and series at the first quiet moment', async () => {
    const recorder = recordActions();
    const source = await sourceFor('activity-quiet', recorder.fetch);
    const quiet = handQuiet();
    const activity = new LoadActivity(source, { whenQuiet: quiet.whenQuiet, whenStarted: () => Promise.resolve() });
    const seen: ActivitySnapshot[] = [];
    activity.onChange((snapshot) => seen.push(snapshot));

    activity.start();
    await new Promise<void>((resolve) => activity.onChange((s) => s.catalog.state === 'ready' && resolve()));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const catalog = source.catalog!;
    expect(activity.snapshot.catalog.state).toBe('ready');
    expect(sectionsOf(activity)).toEqual({ live: 'ready', movie: 'loading', series: 'loading' });
    expect(catalog.count('live')).toBe(provider.catalogue.liveChannels().length);
    expect(recorder.actions.sort()).toEqual(['get_live_categories', 'get_live_streams']);

    quiet.open();
    const complete = await activity.completeCatalog();
    expect(complete).toBe(catalog);
    expect(sectionsOf(activity)).toEqual({ live: 'ready', movie: 'ready', series: 'ready' });
    expect(catalog.count('movie')).toBe(provider.catalogue.movies().length);
    // Every change of a section reached the listeners, the movies' before the end.
    expect(seen.some((s) => s.catalog.sections.movie === 'ready' && s.catalog.sections.series === 'loading')).toBe(
      true,
    );
    activity.stop();
  });

  it('loads movies and series soon after a page asked for the catalogue, announcing each as it comes in', async () => {
    const source = await sourceFor('activity-page');
    const activity = new LoadActivity(source, { whenQuiet: handQuiet().whenQuiet });
    const arrived: string[] = [];
    source.onCatalogChange(({ loaded }) => loaded && arrived.push(loaded));
    const catalog = await activity.catalog();
    expect(catalog.isLoaded('movie')).toBe(false);

    const movies = await new Promise<number>((resolve) =>
      activity.onChange((snapshot) => snapshot.catalog.sections.series === 'ready' && resolve(catalog.count('movie'))),
    );
    expect(movies).toBe(provider.catalogue.movies().length);
    expect(arrived.sort()).toEqual(['movie', 'series']);
    // Kinds coming in are not changes of what was shown: nothing for a "what changed" toast.
    expect(activity.snapshot.lastChanges).toBeUndefined();
    activity.stop();
  });

  it('starts a kind at once when a page asks for it, without waiting for a quiet moment', async () => {
    const recorder = recordActions();
    const source = await sourceFor('activity-asked', recorder.fetch);
    const activity = new LoadActivity(source, { whenQuiet: handQuiet().whenQuiet });
    const catalog = await activity.section('series');
    expect(catalog.isLoaded('series')).toBe(true);
    expect(catalog.count('series')).toBe(provider.catalogue.seriesList().length);
    expect(sectionsOf(activity)).toEqual({ live: 'ready', movie: 'loading', series: 'ready' });
    expect(recorder.actions).toContain('get_series');
    expect(recorder.actions).not.toContain('get_vod_streams');
    activity.stop();
  });

  it('marks a kind failed with its error while the channels stay usable, and tries again when asked', async () => {
    let refuse = true;
    const flaky = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (refuse && url.indexOf('get_vod') >= 0) return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(input, init);
    }) as typeof fetch;
    const source = await sourceFor('activity-failed', flaky);
    const activity = new LoadActivity(source, { whenQuiet: handQuiet().whenQuiet });
    await expect(activity.section('movie')).rejects.toMatchObject({ name: 'XtreamError' });
    expect(activity.snapshot.catalog.state).toBe('ready');
    expect(sectionsOf(activity).movie).toBe('failed');
    expect(activity.snapshot.catalog.sectionErrors?.movie).toMatchObject({ name: 'XtreamError' });
    expect((await activity.catalog()).count('live')).toBeGreaterThan(0);

    refuse = false;
    const again = await activity.section('movie');
    expect(again.count('movie')).toBe(provider.catalogue.movies().length);
    expect(sectionsOf(activity).movie).toBe('ready');
    activity.stop();
  });

  it('reads nothing in start() until the first screen took its first key, unless a page asks', async () => {
    const recorder = recordActions();
    const source = await sourceFor('activity-deferred', recorder.fetch);
    const started = handQuiet();
    const activity = new LoadActivity(source, { whenStarted: started.whenQuiet, whenQuiet: handQuiet().whenQuiet });
    activity.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(recorder.actions).toEqual([]);
    expect(activity.snapshot.catalog.state).toBe('loading');

    const ready = new Promise<void>((resolve) =>
      activity.onChange((snapshot) => snapshot.catalog.state === 'ready' && resolve()),
    );
    started.open();
    await ready;
    expect(recorder.actions.sort()).toEqual(['get_live_categories', 'get_live_streams']);
    activity.stop();
  });

  it('keeps the methods pages used before: catalog() then the guide through start()', async () => {
    const source = await sourceFor('activity-start');
    const activity = new LoadActivity(source, { whenQuiet: () => Promise.resolve() });
    const guideDone = new Promise<void>((resolve) => {
      const stop = source.guide.onChange((status) => {
        if (status.state !== 'loading') {
          stop();
          resolve();
        }
      });
    });
    activity.start();
    const catalog = await activity.catalog();
    await guideDone;
    const kinds: MediaKind[] = ['live', 'movie', 'series'];
    await activity.completeCatalog();
    expect(kinds.filter((kind) => catalog.count(kind) > 0)).toEqual(kinds);
    activity.stop();
  });
});

describe('quietMoment', () => {
  it('waits until no key came for the quiet time (no page here: timers only)', async () => {
    const started = Date.now();
    await quietMoment(40, 1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});
