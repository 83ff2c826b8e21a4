import 'fake-indexeddb/auto';
import { ALL_CATEGORIES } from '../../../src/library';
import { startProvider, type RunningProvider } from '../../provider/server';
import { valuesOf, type FormValues } from '../../../src/ui/accounts/accountForm';
import { saveXtreamForm } from '../../../src/ui/accounts/manage';
import { leaveAccount, type AppContext } from '../../../src/ui/context';
import { quietMoment } from '../../../src/ui/loadActivity';
import { openAppStore } from '../../../src/ui/session';
import { SearchCatalog, type SearchSources } from '../../../src/ui/search/searchCatalog';
import { keptSearchCatalog } from '../../../src/ui/search/sharedSearchCatalog';
import { sourcesSettled, warmSearch } from '../../../src/ui/search/warmSearch';

let provider: RunningProvider;
let context: AppContext;

/** The app context as the session flows use it; the player is only the `stop()` they call (no playback in Node). */
function nodeContext(): AppContext {
  return {
    platform: {} as AppContext['platform'],
    env: {} as AppContext['env'],
    http: { timeoutMs: 5000 },
    player: { stop: () => undefined } as unknown as AppContext['player'],
    toast: () => undefined,
  };
}

function xtream(username: string): FormValues {
  return { ...valuesOf(), server: provider.url, username, password: username, name: username };
}

/** Waits until `read` gives a value `accept` takes, looking every 50 ms, for at most `ms`. */
async function until<T>(read: () => T, accept: (value: T) => boolean, what: string, ms = 60000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    const value = read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** An index built at once from the same catalogue and guide: what a complete index holds. */
function builtNow(sources: SearchSources): Promise<SearchCatalog> {
  const search = new SearchCatalog();
  search.update(sources);
  return until(
    () => search,
    (s) => s.progress.done,
    'the reference index',
  );
}

beforeAll(async () => {
  // Sessions load the guide in the background and its parser loads on first use: loaded here, before the tests.
  await import('../../../src/epg/parsing');
  provider = await startProvider({ port: 0, quiet: true });
  context = nodeContext();
  await openAppStore(context);
}, 60000);

afterAll(async () => {
  leaveAccount(context);
  await provider.close();
  // Sessions that were left may still wait for a quiet moment before loading more: one more such wait outlasts them.
  await quietMoment();
});

describe('the search index built before Search opens', () => {
  it('is complete once the catalogue and the guide are in, without the search page', async () => {
    expect(await saveXtreamForm(context, xtream('demo'), undefined)).toMatchObject({ ok: true });
    const signedIn = context.signedIn!;
    warmSearch(context);
    // Nothing is built while the catalogue's kinds or the guide are still loading.
    expect(keptSearchCatalog(signedIn.source)).toBeUndefined();

    const search = await until(
      () => keptSearchCatalog(signedIn.source),
      (s) => s !== undefined && s.progress.done,
      'the index built ahead',
    );
    expect(sourcesSettled(signedIn)).toBe(true);
    const guide = signedIn.source.guide;
    expect(guide.status.state).toBe('ready');
    const reference = await builtNow({ catalog: signedIn.source.catalog!, guide });
    expect(search!.progress.documents).toBe(reference.progress.documents);
    expect(search!.progress.documents).toBeGreaterThan(0);

    // Channels, programmes, movies and series: each kind is in.
    const news = search!.search('news', 10);
    expect(news.channels.total).toBeGreaterThan(0);
    expect(news.programmes.total).toBeGreaterThan(0);
    const movie = signedIn.source.catalog!.items('movie', ALL_CATEGORIES).at(0)!;
    const series = signedIn.source.catalog!.items('series', ALL_CATEGORIES).at(0)!;
    expect(search!.search(movie.name, 50).movies.hits.map((h) => h.id)).toContain(movie.id);
    expect(search!.search(series.name, 50).series.hits.map((h) => h.id)).toContain(series.id);
  }, 90000);

  it('gives another account its own index and drops the one of the account left', async () => {
    const before = context.signedIn!;
    const old = keptSearchCatalog(before.source)!;
    expect(old).toBeDefined();
    expect(await saveXtreamForm(context, xtream('trial'), undefined)).toMatchObject({ ok: true });
    const signedIn = context.signedIn!;
    expect(signedIn.source).not.toBe(before.source);
    warmSearch(context);
    const search = await until(
      () => keptSearchCatalog(signedIn.source),
      (s) => s !== undefined && s.progress.done,
      "the second account's index",
    );
    expect(search).not.toBe(old);
    expect(keptSearchCatalog(before.source)).toBeUndefined();
    expect(search!.search('news', 10).channels.total).toBeGreaterThan(0);
  }, 90000);
});

describe('a background build', () => {
  it('waits for the rest between slices, and goes on at once when the page brings it to the foreground', async () => {
    const signedIn = context.signedIn!;
    let rests = 0;
    let ticks = 0;
    // A clock that moves a millisecond per look: slices are a few steps long, so the build takes many of them.
    const clock = (): number => ticks++;
    const search = new SearchCatalog({ clock, background: true, rest: () => new Promise(() => void rests++) });
    search.update({ catalog: signedIn.source.catalog!, guide: signedIn.source.guide });
    await until(
      () => rests,
      (n) => n > 0,
      'the first rest',
    );
    const stalled = search.progress;
    expect(stalled.done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(search.progress.documents).toBe(stalled.documents);
    expect(rests).toBe(1);
    search.inForeground();
    await until(
      () => search.progress,
      (p) => p.done,
      'the build in the foreground',
    );
    expect(rests).toBe(1);
  }, 60000);
});
