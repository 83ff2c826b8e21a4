// Sources over the provider for the guide tests, with recorded requests and a movable clock.
import type { RunningProvider } from '../../../provider/server';
import { XtreamSource } from '../../../../src/library';
import type { Store } from '../../../../src/store';
import { XtreamClient } from '../../../../src/xtream';
import { recordingFetch, type TestClock } from '../source/support';

export { HOUR_MS, openTestStore, recordingFetch, testClock, type TestClock } from '../source/support';

/** An Xtream source for the demo account with its requests recorded. */
export function demoSource(
  provider: RunningProvider,
  id: string,
  store: Store,
  clock: TestClock,
  guideUrl?: string,
): { source: XtreamSource; urls: string[] } {
  const recorder = recordingFetch();
  const http = { fetch: recorder.fetch, retry: { limit: 0, backoffMs: 0, maxBackoffMs: 0 } };
  const client = new XtreamClient(
    { server: provider.url, username: 'demo', password: 'demo' },
    { http, now: clock.now },
  );
  const source = new XtreamSource({
    id,
    name: 'demo',
    client,
    cache: store.cacheFor(id),
    http,
    guideUrl,
    now: clock.now,
  });
  return { source, urls: recorder.urls };
}

/** `http://host/xmltv.php?...` with the demo credentials, plain or gzip. */
export function xmltvUrl(provider: RunningProvider, gzip = false): string {
  return `${provider.url}/xmltv.php?username=demo&password=demo${gzip ? '&gz=1' : ''}`;
}
