/**
 * The TV's side of the packaged-app smoke tests, bundled for the page and injected before the app runs: the `tizen`
 * global (remote keys, application exit, system info) and `webapis` (AVPlay on a fake network, product info) of a
 * Samsung TV, or the `webOS` and `PalmSystem` globals and LG's native media pipeline. The test chooses the TV and the
 * provider's origin through `window.__tvFakeConfig` (set by an earlier init script) and reads what the app did from
 * `window.__tvFakes`.
 */
import { FakeAvPlay } from '../../fakes/avplay';
import { FakeMediaNetwork, type FakeStream } from '../../fakes/mediaNetwork';
import {
  FakePalmSystem,
  FakeProductInfo,
  FakeTizen,
  FakeWebOs,
  SMART_REMOTE_KEYS,
  STANDARD_REMOTE_KEYS,
} from '../../fakes/tvGlobals';
import { installWebOsPagePipeline, type WebOsPipelineRecord } from '../../fakes/webosPageVideo';

/** Set by the test before this script runs. */
export interface TvFakeConfig {
  tv: 'tizen' | 'webos';
  /** Live URLs on this origin (`/live/…`) are live channels on the fake network. */
  providerOrigin: string;
  /** Which Samsung remote is paired: a Smart Remote lacks digits and colour keys. Default standard. */
  remote?: 'standard' | 'smart';
}

/** What the test reads back (everything plain data, through page.evaluate). */
export interface TvFakeRecord {
  tv: 'tizen' | 'webos';
  /** Key names the app registered, batch by batch (Tizen). */
  keyBatches: string[][];
  /** Key names the remote reports as supported (Tizen). */
  supportedKeys: string[];
  /** `tizen.application.getCurrentApplication().exit()` calls (Tizen) or `webOS.platformBack()` calls (webOS). */
  exits: number;
  /** AVPlay: calls in order, the URL open now, and its state (Tizen). */
  avplayCalls: string[];
  avplayUrl?: string;
  avplayState?: string;
  /** LG pipeline: URLs a `<video>` opened, and the ones playing now (webOS). */
  videoOpened: string[];
  videoPlaying: string[];
}

type FakeWindow = Window &
  typeof globalThis & {
    __tvFakeConfig?: TvFakeConfig;
    __tvFakes?: { record(): TvFakeRecord };
  };

const win = window as FakeWindow;
/** The TV globals; the vendor typings declare `tizen` and `webapis` in full, which no fake is. */
const globals = window as unknown as Record<string, unknown>;
const config = win.__tvFakeConfig;
if (!config) throw new Error('__tvFakeConfig must be set before the TV fakes are installed');
const origin = config.providerOrigin.replace(/\/+$/, '');
const network = new FakeMediaNetwork((url): FakeStream | undefined =>
  url.indexOf(`${origin}/live/`) === 0 ? { kind: 'live', audio: ['deu', 'eng'] } : undefined,
);

if (config.tv === 'tizen') {
  const remote = config.remote === 'smart' ? SMART_REMOTE_KEYS : STANDARD_REMOTE_KEYS;
  const tizen = new FakeTizen(remote);
  const avplay = new FakeAvPlay(network, { prepareMs: 200, tickMs: 250 });
  // On a TV the AVPlay <object> is a hole onto the video plane; desktop Chromium draws a "plugin not supported" box.
  const style = document.createElement('style');
  style.textContent = 'object[type="application/avplayer"] { opacity: 0; }';
  if (document.documentElement) document.documentElement.appendChild(style);
  else document.addEventListener('DOMContentLoaded', () => document.head.appendChild(style));
  globals.tizen = tizen;
  globals.webapis = { avplay, productinfo: new FakeProductInfo() };
  win.__tvFakes = {
    record: () => ({
      tv: 'tizen',
      keyBatches: tizen.batchCalls,
      supportedKeys: remote.map((k) => k.name),
      exits: tizen.exited,
      avplayCalls: avplay.calls.filter((c) => c !== 'getState'),
      avplayUrl: avplay.openedUrl,
      avplayState: avplayStateOf(avplay),
      videoOpened: [],
      videoPlaying: [],
    }),
  };
} else {
  const webOS = new FakeWebOs();
  const pipeline: WebOsPipelineRecord = installWebOsPagePipeline(win, network);
  globals.webOS = webOS;
  globals.PalmSystem = new FakePalmSystem();
  win.__tvFakes = {
    record: () => ({
      tv: 'webos',
      keyBatches: [],
      supportedKeys: [],
      exits: webOS.platformBackCalls,
      avplayCalls: [],
      videoOpened: pipeline.opened.slice(),
      videoPlaying: pipeline.playing(),
    }),
  };
}

/** The state without recording a call the app did not make. */
function avplayStateOf(avplay: FakeAvPlay): string {
  const calls = avplay.calls.length;
  const state = avplay.getState();
  avplay.calls.length = calls;
  return state;
}
