import 'fake-indexeddb/auto';
import { startProvider, type RunningProvider } from '../../provider/server';
import { valuesOf } from '../../../src/ui/accounts/accountForm';
import { saveXtreamForm } from '../../../src/ui/accounts/manage';
import { leaveAccount, type AppContext } from '../../../src/ui/context';
import { quietMoment } from '../../../src/ui/loadActivity';
import { saveKindRules } from '../../../src/ui/parental/parentalState';
import { startUp } from '../../../src/ui/session';

let provider: RunningProvider;
const contexts: AppContext[] = [];

/** The app context as start-up uses it: the store, the provider and HTTP are real; playback cannot run in Node. */
function nodeContext(): AppContext {
  const context = {
    platform: {} as AppContext['platform'],
    env: {} as AppContext['env'],
    http: { timeoutMs: 5000 },
    player: { stop: () => undefined } as unknown as AppContext['player'],
    toast: () => undefined,
  } as AppContext;
  contexts.push(context);
  return context;
}

function later(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits (at most 20 s) until `ready()` holds. */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++) await later(50);
  if (!ready()) throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  await import('../../../src/epg/parsing');
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(async () => {
  contexts.forEach((context) => leaveAccount(context));
  await provider.close();
  // Sessions that were left may still wait for a quiet moment before loading more: one more such wait outlasts them.
  await quietMoment();
});

describe('a warm start', () => {
  it('signs in again without reading the catalogue, and applies the stored category rules once it is in', async () => {
    // A first run: signs in, loads the catalogue (stored for the next start) and hides the first live category.
    const first = nodeContext();
    const outcome = await saveXtreamForm(
      first,
      { ...valuesOf(), server: provider.url, username: 'demo', password: 'demo', name: '' },
      undefined,
    );
    expect(outcome).toMatchObject({ ok: true, signedIn: true });
    const loaded = await first.signedIn!.activity.catalog();
    const [hidden, ...others] = loaded.categories('live').map((c) => c.id);
    await saveKindRules(first, 'live', { hidden: [hidden], locked: [], unlocked: [], order: [] });
    leaveAccount(first);

    // The TV restarts the app.
    const context = nodeContext();
    await startUp(context);
    const signedIn = context.signedIn!;
    expect(signedIn.stored.username).toBe('demo');
    // The first screen draws and takes its first key before the catalogue is read: nothing asked for it yet.
    await later(300);
    expect(signedIn.activity.snapshot.catalog.state).toBe('loading');
    expect(signedIn.source.catalog?.isLoaded('live') ?? false).toBe(false);

    // A page asks for the channels: the stored rules hold for them.
    const catalog = await signedIn.activity.catalog();
    await until(() => catalog.categories('live').every((c) => c.id !== hidden), 'the hidden category to go');
    expect(catalog.categories('live').map((c) => c.id)).toEqual(others);
  });
});
