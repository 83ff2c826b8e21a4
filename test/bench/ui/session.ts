/**
 * Getting the app into the state a bench measures: signed in with the demo account by key presses, the catalogue
 * (and the guide) stored in IndexedDB. Whether something is stored is read from the cache database itself, so the
 * benches do not depend on how a page words its progress.
 */
import type { Page } from 'playwright-core';
import { focused, press, probe, waitForApp, waitForRoute, waitUntil } from '../../e2e/support/app';
import { inPage, type BenchWindow } from './inPage';
import type { UiLab } from './lab';

/**
 * Opens the app on the sign-in page and fills in the demo account (the provider of the lab), leaving the focus on
 * Connect: the caller presses OK, so it can time from that key.
 */
export async function fillSignIn(page: Page, lab: UiLab): Promise<void> {
  await page.goto(lab.appUrl);
  await waitForApp(page, 60000);
  await waitForRoute(page, 'login', 60000);
  await waitUntil(
    () => focused(page),
    (f) => f !== '',
    'the sign-in form to take the focus',
    60000,
  );
  // The demo entry fills the server, username and password; without it, type them on the physical keyboard.
  for (let i = 0; i < 8 && !/^Demo\b/.test(await focused(page)); i++) await press(page, 'ArrowDown');
  if (/^Demo\b/.test(await focused(page))) await press(page, 'Enter');
  else {
    for (let i = 0; i < 8 && !/^Server\b/.test(await focused(page)); i++) await press(page, 'ArrowUp');
    await page.keyboard.type(lab.provider.url, { delay: 10 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('demo', { delay: 10 });
    await press(page, 'ArrowDown');
    await page.keyboard.type('demo', { delay: 10 });
    for (let i = 0; i < 4 && !/^Connect\b/.test(await focused(page)); i++) await press(page, 'ArrowDown');
  }
  await waitUntil(
    () => focused(page),
    (f) => /^Connect\b/.test(f),
    'the focus on Connect',
    10000,
  );
}

/** Signs in with the demo account and waits for the account's home page. */
export async function signIn(page: Page, lab: UiLab): Promise<void> {
  await fillSignIn(page, lab);
  await press(page, 'Enter');
  await waitForRoute(page, 'home', 120000);
}

/** The keys of the app's cache database (empty while it does not exist yet). */
export function cacheKeys(page: Page): Promise<string[]> {
  return inPage(
    page,
    () =>
      new Promise<string[]>((resolve) => {
        // Opening a database that does not exist would create it without its store: ask first.
        const listing = (indexedDB as IDBFactory & { databases?: () => Promise<{ name?: string }[]> }).databases;
        const exists = listing
          ? listing.call(indexedDB).then((dbs) => dbs.some((db) => db.name === 'tvplayer-cache'))
          : Promise.resolve(true);
        void exists.then((found) => {
          if (!found) return resolve([]);
          const open = indexedDB.open('tvplayer-cache');
          open.onerror = () => resolve([]);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('entries')) {
              db.close();
              return resolve([]);
            }
            const request = db.transaction('entries', 'readonly').objectStore('entries').getAllKeys();
            request.onsuccess = () => {
              db.close();
              resolve(request.result.map(String));
            };
            request.onerror = () => {
              db.close();
              resolve([]);
            };
          };
        });
      }),
    undefined,
  );
}

/** What a bench waits for before it measures. */
export interface Stored {
  /** The three sections' categories and streams. */
  catalogue: boolean;
  /** The programme guide's index. */
  guide: boolean;
}

/** Reads which parts of the account's data the cache holds. */
export async function stored(page: Page): Promise<Stored> {
  const keys = (await cacheKeys(page)).filter((key) => key.indexOf('cache:') === 0);
  const lists = keys.filter((key) => /:(streams|categories)$/.test(key)).length;
  return { catalogue: lists >= 6, guide: keys.some((key) => key.indexOf(':guide:') > 0) };
}

/** Waits until the catalogue (and, when asked, the guide) is stored, then for the page to go quiet. */
export async function waitForStored(page: Page, withGuide: boolean, timeoutMs = 600000): Promise<void> {
  await waitUntil(
    () => stored(page),
    (s) => s.catalogue && (!withGuide || s.guide),
    withGuide ? 'the catalogue and the guide to be stored' : 'the catalogue to be stored',
    timeoutMs,
  );
  await page.waitForTimeout(2000);
}

/** How far the search index the app builds at rest has come (the probe `searchIndex`). */
interface SearchIndexProbe {
  started: boolean;
  documents: number;
  done: boolean;
}

/**
 * Waits, without pressing a key, for the search index the app builds while it rests (2 s after the last key, once
 * the catalogue and the guide are in). It is background work like the loads {@link waitForStored} waits for: a
 * bench that measures a settled app waits for it too, or its slices land in the frames measured. Resolves with the
 * seconds waited and the documents indexed; a build without the probe resolves at once with `undefined`.
 */
export async function waitForSearchIndex(
  page: Page,
  timeoutMs = 300000,
): Promise<{ seconds: number; documents: number } | undefined> {
  const start = Date.now();
  if (!(await probe<SearchIndexProbe>(page, 'searchIndex'))) return undefined;
  const done = await waitUntil(
    () => probe<SearchIndexProbe>(page, 'searchIndex'),
    (p) => !!p && p.done,
    'the search index to be built',
    timeoutMs,
  );
  return { seconds: Math.round((Date.now() - start) / 100) / 10, documents: done?.documents ?? 0 };
}

/** The current route, read in the page (a bench's own shorthand for the hook's route()). */
export function currentRoute(page: Page): Promise<string> {
  return inPage(page, () => ((window as BenchWindow).__tvplayerTest as { route(): string }).route(), undefined);
}

/** Goes to `hash` as a link or a bookmark would (the router follows the address). */
export async function goToRoute(page: Page, hash: string): Promise<void> {
  await inPage(
    page,
    (target: string) => {
      window.location.hash = target;
    },
    hash,
  );
}
