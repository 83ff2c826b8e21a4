// Polyfills come first: everything below may use fetch and AbortController.
import './polyfills';
import { createProxyRewriter, detectPlatform, readEnv, toLightningKeys, type PlatformHost } from './platform';
import { Player } from './player';
// The entry point is the one module allowed to start the UI layer.
// eslint-disable-next-line no-restricted-imports
import { launchApp } from './ui/launch';

const host = window as unknown as PlatformHost & { TVPLAYER_ENV?: unknown };
// The one place the runtime is detected; every module below asks this object.
const platform = detectPlatform(host);
const env = readEnv(host);
// The demo provider sends CORS headers itself; every other provider goes through the emulator's proxy.
const rewriteUrl = createProxyRewriter(env, window.location.origin, env.demoServer ? [env.demoServer] : []);

platform.registerKeys().catch((error: unknown) => {
  // Without registration only arrows, OK and Back arrive; the app still works with those.
  console.warn('Remote keys could not be registered', error);
});

// The player follows the platform's visibility: hidden, it suspends (AVPlay VOD) or lets go of the decoder and the
// provider connection (a live channel counts against the account's connection limit); shown, it re-tunes live at
// the edge and reloads VOD where it was.
const player = new Player({ rewriteUrl, platform });

// webOS hands a relaunch from the launcher to the app (appinfo.json `handlesRelaunch`): come to the front as it was.
platform.onRelaunch(() => platform.activate());

// The stage is built in a task of its own: between the bundle's evaluation and Lightning's set-up, the IndexedDB
// reads early.ts began get their answers and ask their next question, instead of waiting behind both.
setTimeout(
  () =>
    launchApp({
      context: {
        platform,
        env,
        rewriteUrl,
        http: { rewriteUrl },
        player,
        toast: () => undefined,
      },
      keys: toLightningKeys(platform.keyMap),
      canvas2d: /[?&]canvas2d=1(&|$)/.test(window.location.search),
    }),
  0,
);
