/**
 * Everything a browser test or benchmark of the player needs, started together: the provider, a fault proxy in
 * front of it, the harness page (built once per run) on its own server, and Chromium on that page. `lab.call()`
 * runs a harness method in the page; `lab.waitFor()` polls snapshots.
 */
import type { Page } from 'playwright-core';
import type { PlaybackSource } from '../../../src/player';
import { timeshiftUrl } from '../../../src/xtream/urls';
import { startProvider, type ProviderOptions, type RunningProvider } from '../../provider/server';
import { openBrowser, type BrowserSession } from '../support/browser';
import { ensureHarness } from './build';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import type { HarnessApi, HarnessOptions, HarnessSnapshot } from './page';
import { startHarnessServer, type HarnessServer } from './server';

/** A channel of the demo catalogue with a catch-up archive. */
export const ARCHIVE_CHANNEL = '5';
/** A movie of the demo catalogue (the provider serves its 12 s clip as MP4). */
export const MOVIE_ID = '100001';

export interface PlayerLab {
  provider: RunningProvider;
  proxy: FaultProxy;
  server: HarnessServer;
  browser: BrowserSession;
  page: Page;
  /** Opens a fresh harness page with a new player. */
  open(options?: HarnessOptions): Promise<void>;
  load(source: PlaybackSource): Promise<void>;
  snapshot(): Promise<HarnessSnapshot>;
  waitFor(what: string, accept: (s: HarnessSnapshot) => boolean, timeoutMs: number): Promise<HarnessSnapshot>;
  /** Runs `fn(harness, arg)` in the page. */
  call<A, R>(fn: (harness: HarnessApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Stream URLs through the proxy for an account (`unlimited` by default). */
  urls(account?: string): LabUrls;
  close(): Promise<void>;
}

/** The stream URLs the tests use. */
export interface LabUrls {
  live(id: string, format: 'ts' | 'm3u8'): string;
  movie(id: string): string;
  /** One minute of catch-up from an hour ago. */
  catchup(id: string, format: 'ts' | 'm3u8'): string;
}

/** Starts the lab; `providerOptions` go to the provider. */
export async function startPlayerLab(providerOptions: ProviderOptions = {}): Promise<PlayerLab> {
  const dist = ensureHarness();
  const provider = await startProvider({ port: 0, quiet: true, ...providerOptions });
  const proxy = await startFaultProxy(provider.url);
  const server = await startHarnessServer(dist);
  const browser = await openBrowser();
  const page = browser.page;
  const call = <A, R>(fn: (harness: HarnessApi, arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    page.evaluate(
      ([source, value]) => {
        const harness = (window as unknown as { __harness: HarnessApi }).__harness;
        // The function travels as text: the page runs it against its own harness.
        return (new Function(`return (${source})`)() as (h: HarnessApi, a: unknown) => unknown)(harness, value);
      },
      [fn.toString(), arg] as [string, unknown],
    ) as Promise<R>;
  const snapshot = (): Promise<HarnessSnapshot> => call((h) => h.snapshot(), null);
  const catchupStart = Date.now() - 3600_000;
  return {
    provider,
    proxy,
    server,
    browser,
    page,
    async open(options = {}) {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => Boolean((window as unknown as { __harness?: unknown }).__harness));
      await call((h, o) => h.create(o), options);
    },
    load: (source) => call((h, s) => h.load(s), source),
    snapshot,
    async waitFor(what, accept, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let last = await snapshot();
      while (!accept(last)) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
        await new Promise((r) => setTimeout(r, 200));
        last = await snapshot();
      }
      return last;
    },
    call,
    urls(account = 'unlimited') {
      const base = `${proxy.url}`;
      const creds = { server: base, username: account, password: account };
      return {
        live: (id, format) => `${base}/live/${account}/${account}/${id}.${format}`,
        movie: (id) => `${base}/movie/${account}/${account}/${id}.mp4`,
        catchup: (id, format) => timeshiftUrl(creds, id, catchupStart, 1, { timezone: 'Europe/Berlin' }, format),
      };
    },
    async close() {
      await browser.close();
      await server.close();
      await proxy.close();
      await provider.close();
    },
  };
}
