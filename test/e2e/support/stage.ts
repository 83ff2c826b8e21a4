/**
 * The stage of a browser test: the production build served by the emulator server, our provider behind it, and
 * Chromium. Every journey test sets up the same three; {@link openStage} starts them in order and
 * {@link closeStage} stops whatever started, in reverse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../scripts/serve';
import { startProvider, type RunningProvider } from '../../provider/server';
import { appDist } from './app';
import { openBrowser, type BrowserSession, type OpenBrowserOptions } from './browser';

export interface Stage {
  provider: RunningProvider;
  emulator: RunningEmulator;
  browser: BrowserSession;
}

/** Starts the provider, the emulator serving the build of `appDist()`, then Chromium. */
export async function openStage(browserOptions: OpenBrowserOptions = {}): Promise<Stage> {
  const dist = appDist();
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`No production build in ${dist}: run npm run build first.`);
  }
  const provider = await startProvider({ port: 0, quiet: true });
  try {
    const emulator = await startEmulator({ port: 0, distDir: dist, demoServer: provider.url });
    try {
      return { provider, emulator, browser: await openBrowser(browserOptions) };
    } catch (error) {
      await emulator.close();
      throw error;
    }
  } catch (error) {
    await provider.close();
    throw error;
  }
}

/** Stops what {@link openStage} started (a stage that never opened is nothing to stop). */
export async function closeStage(stage: Partial<Stage> | undefined): Promise<void> {
  if (!stage) return;
  if (stage.browser) await stage.browser.close();
  if (stage.emulator) await stage.emulator.close();
  if (stage.provider) await stage.provider.close();
}
