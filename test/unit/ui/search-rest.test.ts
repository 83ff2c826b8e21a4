/**
 * When background work may go on: `atRest` under a page that reports key presses (a stand-in window, as Node has
 * none) and timers driven by hand.
 */
import { atRest, noteKeys, REST_MS } from '../../../src/ui/search/appRest';

type KeyListener = () => void;

const keyListeners: KeyListener[] = [];

/**
 * The page's window as far as `appRest` uses it: key presses, and no `requestIdleCallback` (an old TV engine). It
 * looks for the window when it starts listening, in the first test, after this.
 */
(globalThis as { window?: unknown }).window = {
  addEventListener: (type: string, listener: KeyListener) => {
    if (type === 'keydown') keyListeners.push(listener);
  },
};

function pressKey(): void {
  keyListeners.forEach((listener) => listener());
}

/** Lets the promise callbacks due so far run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

// One hand-driven clock for the whole file: the time of the last key carries over from test to test, as in the app.
beforeAll(() => {
  jest.useFakeTimers();
});

afterAll(() => {
  jest.useRealTimers();
  delete (globalThis as { window?: unknown }).window;
});

describe('the app at rest', () => {
  it('waits while keys arrive, and goes on once none came for the rest time', async () => {
    let rested = false;
    noteKeys();
    pressKey();
    void atRest().then(() => (rested = true));
    // A key every half second for ten seconds: never at rest meanwhile.
    for (let i = 0; i < 20; i++) {
      jest.advanceTimersByTime(500);
      await settle();
      expect(rested).toBe(false);
      pressKey();
    }
    jest.advanceTimersByTime(REST_MS - 100);
    await settle();
    expect(rested).toBe(false);
    jest.advanceTimersByTime(1000);
    await settle();
    expect(rested).toBe(true);
  });

  it('waits while the caller is busy, even without keys', async () => {
    let busy = true;
    let rested = false;
    jest.advanceTimersByTime(REST_MS);
    void atRest(() => busy).then(() => (rested = true));
    jest.advanceTimersByTime(REST_MS * 5);
    await settle();
    expect(rested).toBe(false);
    busy = false;
    jest.advanceTimersByTime(1000);
    await settle();
    expect(rested).toBe(true);
  });
});
