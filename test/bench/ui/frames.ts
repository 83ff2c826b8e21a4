/**
 * Frame times and key-to-frame latency, taken in the page: the time between successive `requestAnimationFrame`
 * callbacks (a frame the app could not finish in time shows as a long gap), and for each key the time from its
 * keydown event to the end of the first frame in which the focused element is a different one.
 */
import type { Page } from 'playwright-core';
import { inPage, type BenchWindow } from './inPage';

/** What the page keeps while recording frames. */
interface FrameState {
  deltas: number[];
  keydowns: number;
  running: boolean;
}

/** Starts collecting rAF deltas and counting keydowns that reach the page. */
export function startFrames(page: Page): Promise<void> {
  return inPage(
    page,
    () => {
      const w = window as BenchWindow;
      const bench = (w.__bench = w.__bench || {});
      const old = bench.frames as FrameState | undefined;
      if (old) old.running = false;
      const state: FrameState = { deltas: [], keydowns: 0, running: true };
      bench.frames = state;
      // The capture phase on window runs before the app's own listener: every key that arrived is counted.
      const count = (): void => {
        if (state.running) state.keydowns++;
      };
      window.addEventListener('keydown', count, true);
      let last = -1;
      const frame = (time: number): void => {
        if (!state.running) {
          window.removeEventListener('keydown', count, true);
          return;
        }
        if (last >= 0) state.deltas.push(time - last);
        last = time;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    undefined,
  );
}

/** Stops the recording; returns the frame deltas (ms) and the keydowns the page received meanwhile. */
export function stopFrames(page: Page): Promise<{ deltas: number[]; keydowns: number }> {
  return inPage(
    page,
    () => {
      const state = ((window as BenchWindow).__bench || {}).frames as FrameState | undefined;
      if (!state) return { deltas: [], keydowns: 0 };
      state.running = false;
      return { deltas: state.deltas, keydowns: state.keydowns };
    },
    undefined,
  );
}

/** What the page keeps while measuring key latency. */
interface LatencyState {
  samples: number[];
  /** Keys after which the focus did not change within the time limit. */
  noEffect: number;
  running: boolean;
}

/**
 * Starts measuring each keydown: stamped in the capture phase (`event.timeStamp`: when the input arrived), then
 * polled each frame until the test hook's `focused()` differs from what it was before the key; the sample ends when
 * that frame's work is done (a message posted from the frame runs after it).
 */
export function startKeyLatency(page: Page, limitMs = 3000): Promise<void> {
  return inPage(
    page,
    (limit: number) => {
      const w = window as BenchWindow;
      const bench = (w.__bench = w.__bench || {});
      const old = bench.latency as LatencyState | undefined;
      if (old) old.running = false;
      const state: LatencyState = { samples: [], noEffect: 0, running: true };
      bench.latency = state;
      const onKey = (event: KeyboardEvent): void => {
        const hook = w.__tvplayerTest;
        if (!state.running || !hook) {
          window.removeEventListener('keydown', onKey, true);
          return;
        }
        const stamp = event.timeStamp;
        const before = hook.focused();
        const watch = (): void => {
          if (hook.focused() !== before) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              state.samples.push(performance.now() - stamp);
              channel.port1.close();
            };
            channel.port2.postMessage(0);
          } else if (performance.now() - stamp > limit) state.noEffect++;
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      };
      window.addEventListener('keydown', onKey, true);
    },
    limitMs,
  );
}

/** Stops measuring; returns the latencies (ms) and how many keys showed no effect. */
export function stopKeyLatency(page: Page): Promise<{ samples: number[]; noEffect: number }> {
  return inPage(
    page,
    () => {
      const state = ((window as BenchWindow).__bench || {}).latency as LatencyState | undefined;
      if (!state) return { samples: [], noEffect: 0 };
      state.running = false;
      return { samples: state.samples, noEffect: state.noEffect };
    },
    undefined,
  );
}
