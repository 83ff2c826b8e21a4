/**
 * What the platform unit tests stand on: the TV globals from test/fakes, a document that can go hidden, and a host
 * object standing in for `window`.
 */
import type { PlatformHost } from '../../../src/platform/platform';

export {
  FakePalmSystem,
  FakeProductInfo,
  FakeTizen,
  FakeWebOs,
  SMART_REMOTE_KEYS,
  STANDARD_REMOTE_KEYS,
  TIZEN_UA,
  WEBOS_UA,
} from '../../fakes/tvGlobals';

/** A document that can be told to go hidden, firing the events the way the engines do. */
export class FakeDocument {
  hidden = false;
  private readonly listeners = new Map<string, Set<(event?: { detail?: unknown }) => void>>();

  addEventListener(type: string, listener: (event?: { detail?: unknown }) => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: (event?: { detail?: unknown }) => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** Fires a custom event such as webOS's `webOSRelaunch` with its `detail`. */
  fire(type: string, detail?: unknown): void {
    this.listeners.get(type)?.forEach((l) => l({ detail }));
  }

  /** Changes visibility and fires both the standard and the prefixed event, as some webOS engines do. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    ['visibilitychange', 'webkitvisibilitychange'].forEach((type) => this.listeners.get(type)?.forEach((l) => l()));
  }

  listenerCount(): number {
    let n = 0;
    this.listeners.forEach((set) => (n += set.size));
    return n;
  }
}

export const DESKTOP_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** A host object standing in for `window`, with a counter for `window.close()`. */
export function makeHost(extra: Partial<PlatformHost> & { userAgent?: string }): PlatformHost & { closed: number } {
  const host: PlatformHost & { closed: number } = {
    navigator: { userAgent: extra.userAgent ?? DESKTOP_UA },
    document: extra.document ?? new FakeDocument(),
    tizen: extra.tizen,
    webapis: extra.webapis,
    webOS: extra.webOS,
    PalmSystem: extra.PalmSystem,
    closed: 0,
    close() {
      host.closed += 1;
    },
  };
  return host;
}
