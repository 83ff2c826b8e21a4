import { Countdown, type CountdownEnd, type CountdownTimers } from '../../../../src/ui/library/countdown';
import { SeekAccelerator, seekStep } from '../../../../src/ui/library/seekAcceleration';

/** Timers the test advances by hand: each `tick()` is one second passing. */
class ManualTimers implements CountdownTimers {
  private handlers = new Map<number, () => void>();
  private nextId = 1;
  setInterval(handler: () => void): unknown {
    const id = this.nextId++;
    this.handlers.set(id, handler);
    return id;
  }
  clearInterval(handle: unknown): void {
    this.handlers.delete(handle as number);
  }
  get active(): number {
    return this.handlers.size;
  }
  tick(times = 1): void {
    for (let i = 0; i < times; i++) Array.from(this.handlers.values()).forEach((handler) => handler());
  }
}

function countdown(): { ticks: number[]; ends: CountdownEnd[]; timers: ManualTimers; countdown: Countdown } {
  const ticks: number[] = [];
  const ends: CountdownEnd[] = [];
  const timers = new ManualTimers();
  return {
    ticks,
    ends,
    timers,
    countdown: new Countdown(
      (s) => ticks.push(s),
      (how) => ends.push(how),
      timers,
    ),
  };
}

describe('next-episode countdown', () => {
  it('counts 10 seconds down to 0 and then ends once', () => {
    const c = countdown();
    c.countdown.start(10);
    expect(c.ticks).toEqual([10]);
    c.timers.tick(9);
    expect(c.ends).toEqual([]);
    expect(c.countdown.secondsLeft).toBe(1);
    c.timers.tick();
    expect(c.ticks).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(c.ends).toEqual(['elapsed']);
    expect(c.timers.active).toBe(0);
    c.timers.tick(3);
    expect(c.ends).toEqual(['elapsed']);
  });

  it('ends at once when skipped (OK) and never goes on when cancelled (Back)', () => {
    const skipped = countdown();
    skipped.countdown.start(10);
    skipped.timers.tick(3);
    skipped.countdown.skip();
    expect(skipped.ends).toEqual(['skipped']);
    expect(skipped.countdown.isRunning).toBe(false);

    const cancelled = countdown();
    cancelled.countdown.start(10);
    cancelled.timers.tick(2);
    cancelled.countdown.cancel();
    cancelled.timers.tick(20);
    expect(cancelled.ends).toEqual(['cancelled']);
    expect(cancelled.ticks).toEqual([10, 9, 8]);
    // A second cancel or skip after the end changes nothing.
    cancelled.countdown.cancel();
    cancelled.countdown.skip();
    expect(cancelled.ends).toEqual(['cancelled']);
  });

  it('restarts from the full count when started again', () => {
    const c = countdown();
    c.countdown.start(10);
    c.timers.tick(4);
    c.countdown.start(10);
    expect(c.countdown.secondsLeft).toBe(10);
    expect(c.timers.active).toBe(1);
  });
});

describe('seeking with Left/Right', () => {
  it('moves 10 s per separate press, within the stream', () => {
    const seek = new SeekAccelerator();
    expect(seek.press(1, 0, 100, 600)).toBe(110);
    expect(seek.press(1, 1000, 100, 600)).toBe(120);
    expect(seek.press(-1, 2000, 100, 600)).toBe(110);
    expect(seek.commit()).toBe(110);
    expect(seek.pending).toBeUndefined();
    expect(seek.press(-1, 5000, 4, 600)).toBe(0);
    seek.reset();
    expect(seek.press(1, 9000, 595, 600)).toBe(599);
  });

  it('moves further the longer the key is held', () => {
    const seek = new SeekAccelerator();
    const targets: number[] = [];
    for (let i = 0; i < 10; i++) targets.push(seek.press(1, i * 100, 0, 7200));
    const steps = targets.map((target, i) => target - (i === 0 ? 0 : targets[i - 1]));
    expect(steps).toEqual([10, 10, 10, 20, 20, 30, 30, 60, 60, 60]);
    expect(seekStep(100)).toBe(60);
  });

  it('starts a new hold after a pause or a change of direction', () => {
    const seek = new SeekAccelerator();
    for (let i = 0; i < 5; i++) seek.press(1, i * 100, 0, 7200);
    const before = seek.pending as number;
    expect(seek.press(-1, 550, 0, 7200)).toBe(before - 10);
    expect(seek.press(-1, 2000, 0, 7200)).toBe(before - 20);
  });
});
