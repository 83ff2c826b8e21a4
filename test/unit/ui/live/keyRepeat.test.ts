import {
  DOUBLE_AFTER_MS,
  KeyHold,
  KeyRepeatAccelerator,
  PAGE_AFTER_MS,
  REPEAT_GAP_MS,
} from '../../../../src/ui/live/keyRepeat';

const PAGE = 7;

/** Feeds a hold of Down keys every `everyMs` for `forMs`; returns the rows each key moved. */
function hold(accelerator: KeyRepeatAccelerator, start: number, forMs: number, everyMs: number, repeat: boolean) {
  const steps: number[] = [];
  for (let at = start; at <= start + forMs; at += everyMs) {
    steps.push(accelerator.rowsFor({ direction: 1, at, repeat: at === start ? false : repeat }, PAGE));
  }
  return steps;
}

describe('key repeat acceleration', () => {
  it('moves one row per key at first, two after a second of holding, then a page', () => {
    const steps = hold(new KeyRepeatAccelerator(), 0, 4000, 50, true);
    const at = (ms: number) => steps[ms / 50];
    expect(at(0)).toBe(1);
    expect(at(DOUBLE_AFTER_MS - 50)).toBe(1);
    expect(at(DOUBLE_AFTER_MS)).toBe(2);
    expect(at(PAGE_AFTER_MS - 50)).toBe(2);
    expect(at(PAGE_AFTER_MS)).toBe(PAGE);
    // Every key moves at least one row: nothing pressed is lost.
    expect(steps.every((rows) => rows >= 1)).toBe(true);
  });

  it('treats fast keys without the repeat flag as a hold, and slow ones as separate presses', () => {
    const fast = hold(new KeyRepeatAccelerator(), 0, 3000, REPEAT_GAP_MS - 20, false);
    expect(fast[fast.length - 1]).toBe(PAGE);
    const slow = hold(new KeyRepeatAccelerator(), 0, 5000, REPEAT_GAP_MS + 80, false);
    expect(slow.every((rows) => rows === 1)).toBe(true);
  });

  it('counts a slow remote repeat as a hold when the key says it repeats', () => {
    const steps = hold(new KeyRepeatAccelerator(), 0, 1500, 250, true);
    expect(steps[steps.length - 1]).toBe(2);
  });

  it('starts over when the direction changes or the list resets it', () => {
    const accelerator = new KeyRepeatAccelerator();
    hold(accelerator, 0, 3000, 50, true);
    expect(accelerator.rowsFor({ direction: -1, at: 3050, repeat: true }, PAGE)).toBe(1);
    hold(accelerator, 4000, 3000, 50, true);
    accelerator.reset();
    expect(accelerator.rowsFor({ direction: 1, at: 7050, repeat: true }, PAGE)).toBe(1);
  });

  it('moves at least one row when a page is smaller than one', () => {
    const accelerator = new KeyRepeatAccelerator();
    hold(accelerator, 0, 3000, 50, true);
    expect(accelerator.rowsFor({ direction: 1, at: 3050, repeat: true }, 0)).toBe(1);
  });

  it('says whether a key continues a hold, so rows can leave their slower parts for later', () => {
    const accelerator = new KeyRepeatAccelerator();
    accelerator.rowsFor({ direction: 1, at: 0, repeat: false }, PAGE);
    expect(accelerator.holding).toBe(false);
    accelerator.rowsFor({ direction: 1, at: 40, repeat: true }, PAGE);
    expect(accelerator.holding).toBe(true);
    // A remote without the repeat flag: keys close together still count as a hold.
    accelerator.rowsFor({ direction: 1, at: 80, repeat: false }, PAGE);
    expect(accelerator.holding).toBe(true);
    // A separate press after a pause, and the other direction, start afresh.
    accelerator.rowsFor({ direction: 1, at: 80 + REPEAT_GAP_MS + 200, repeat: false }, PAGE);
    expect(accelerator.holding).toBe(false);
    accelerator.rowsFor({ direction: 1, at: 80 + REPEAT_GAP_MS + 240, repeat: true }, PAGE);
    expect(accelerator.holding).toBe(true);
    accelerator.rowsFor({ direction: -1, at: 80 + REPEAT_GAP_MS + 280, repeat: true }, PAGE);
    expect(accelerator.holding).toBe(false);
    accelerator.reset();
    expect(accelerator.holding).toBe(false);
  });
});

describe('key hold by arrival time', () => {
  it('counts a repeat, or a key that arrived within the gap, as continuing the hold', () => {
    const hold = new KeyHold();
    expect(hold.continues({ timeStamp: 1000 })).toBe(false);
    expect(hold.continues({ timeStamp: 1000 + REPEAT_GAP_MS - 1 })).toBe(true);
    expect(hold.continues({ timeStamp: 2000 })).toBe(false);
    expect(hold.continues({ timeStamp: 5000, repeat: true })).toBe(true);
  });

  it('goes by when keys arrived, so keys queued behind a slow frame stay one hold', () => {
    const hold = new KeyHold();
    // Keys sent every 33 ms; the page was busy for 400 ms and handles the queued ones back to back afterwards.
    const arrivals = [1000, 1033, 1066, 1099, 1132, 1165, 1198];
    expect(arrivals.map((timeStamp) => hold.continues({ timeStamp }))).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('uses the time a key is handled where the engine gives no timeStamp', () => {
    let clock = 50000;
    const hold = new KeyHold(() => clock);
    expect(hold.continues({ timeStamp: 0 })).toBe(false);
    clock += 40;
    expect(hold.continues({ timeStamp: 0 })).toBe(true);
    clock += REPEAT_GAP_MS + 1;
    expect(hold.continues({ timeStamp: 0 })).toBe(false);
  });

  it('ends the hold on a call without a key (a redraw of its own)', () => {
    const hold = new KeyHold();
    hold.continues({ timeStamp: 0 });
    expect(hold.continues(undefined)).toBe(false);
    expect(hold.continues({ timeStamp: 10 })).toBe(false);
  });
});
