/**
 * OK on a poster to the details page's first paint, measured in the page: the OK keydown is stamped in the capture
 * phase (`event.timeStamp`: when the input arrived), then each frame reads the probe `library.details` until a page
 * reports its title drawn; the sample ends when that frame's work is done (a message posted from the frame runs
 * after it). The app's own pages hide the previous details page's report when it goes inactive, so a report seen
 * after the key belongs to the page the key opened.
 */
import type { Page } from 'playwright-core';
import { inPage, type BenchWindow } from './inPage';

/** One measured open. */
export interface OpenSample {
  ms: number;
  /** The details page's title when it was first drawn. */
  title: string;
  id: string;
}

/** What the page keeps while timing opens. */
interface OpenState {
  samples: OpenSample[];
  /** OK presses after which no details page drew its title within the limit. */
  timedOut: number;
  running: boolean;
}

/** Starts timing every OK (Enter) keydown until {@link stopOpenTiming}. */
export function startOpenTiming(page: Page, limitMs = 20000): Promise<void> {
  return inPage(
    page,
    (limit: number) => {
      const w = window as BenchWindow;
      const bench = (w.__bench = w.__bench || {});
      const old = bench.opens as OpenState | undefined;
      if (old) old.running = false;
      const state: OpenState = { samples: [], timedOut: 0, running: true };
      bench.opens = state;
      type Report = { id: string; title: string; drawn: boolean } | undefined;
      const onKey = (event: KeyboardEvent): void => {
        const hook = w.__tvplayerTest;
        if (!state.running || !hook) {
          window.removeEventListener('keydown', onKey, true);
          return;
        }
        if (event.keyCode !== 13) return;
        const stamp = event.timeStamp;
        // A details page already open (OK on its buttons) is not an open.
        if (hook.probe('library.details') !== undefined) return;
        const watch = (): void => {
          const report = hook.probe('library.details') as Report;
          if (report && report.drawn) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              state.samples.push({ ms: performance.now() - stamp, title: report.title, id: report.id });
              channel.port1.close();
            };
            channel.port2.postMessage(0);
          } else if (performance.now() - stamp > limit) state.timedOut++;
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      };
      window.addEventListener('keydown', onKey, true);
    },
    limitMs,
  );
}

/** The samples so far (the timing goes on). */
export function openSamples(page: Page): Promise<{ samples: OpenSample[]; timedOut: number }> {
  return inPage(
    page,
    () => {
      const state = ((window as BenchWindow).__bench || {}).opens as OpenState | undefined;
      return state ? { samples: state.samples.slice(), timedOut: state.timedOut } : { samples: [], timedOut: 0 };
    },
    undefined,
  );
}

/** Stops timing. */
export function stopOpenTiming(page: Page): Promise<void> {
  return inPage(
    page,
    () => {
      const state = ((window as BenchWindow).__bench || {}).opens as OpenState | undefined;
      if (state) state.running = false;
    },
    undefined,
  );
}
