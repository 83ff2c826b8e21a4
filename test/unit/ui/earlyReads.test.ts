import { beginEarlyReads, takeEarlyRead } from '../../../src/ui/earlyReads';
import { currentPreferences } from '../../../src/ui/preferences';
import { openStore } from '../../../src/store';
import { useFreshIndexedDb } from '../store/support';

describe('the start-up reads begun before the interface', () => {
  useFreshIndexedDb();

  it('hands each read out once, to the code that would otherwise begin it', async () => {
    const saved = await openStore();
    await saved.user.saveAccount({ id: 'a1', kind: 'm3u', name: 'Home', url: 'http://127.0.0.1/l.m3u', createdAt: 1 });

    beginEarlyReads();
    const store = takeEarlyRead('store');
    const preferences = takeEarlyRead('preferences');
    expect(store).toBeDefined();
    expect(preferences).toBeDefined();
    expect(takeEarlyRead('store')).toBeUndefined();
    expect(takeEarlyRead('preferences')).toBeUndefined();

    const opened = await store!;
    expect(opened.persistent).toBe(true);
    expect(opened.user.accounts().map((account) => account.id)).toEqual(['a1']);
    // The preferences read is the run's preferences once it is in.
    expect(currentPreferences()).toEqual((await preferences!).current);
  });
});
