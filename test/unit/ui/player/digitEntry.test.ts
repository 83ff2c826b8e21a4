import { DigitEntry, type DigitTimers } from '../../../../src/ui/player/DigitEntry';

/** A clock the test moves by hand; timers fire when it passes their time. */
class FakeClock implements DigitTimers {
  now = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.now) {
        this.timers.delete(id);
        timer.callback();
      }
    }
  }

  get pending(): number {
    return this.timers.size;
  }
}

function setup() {
  const clock = new FakeClock();
  const shown: string[] = [];
  const committed: number[] = [];
  const entry = new DigitEntry({
    timers: clock,
    onChange: (digits) => shown.push(digits),
    onCommit: (n) => committed.push(n),
  });
  return { clock, shown, committed, entry };
}

describe('channel number entry', () => {
  it('builds the number from digits and tunes after 1.5 s without a digit', () => {
    const { clock, shown, committed, entry } = setup();
    entry.press(1);
    clock.advance(1000);
    entry.press(2);
    clock.advance(1000);
    entry.press(3);
    expect(shown).toEqual(['1', '12', '123']);
    clock.advance(1499);
    expect(committed).toEqual([]);
    expect(entry.typed).toBe('123');
    clock.advance(1);
    expect(committed).toEqual([123]);
    expect(entry.active).toBe(false);
    expect(shown[shown.length - 1]).toBe('');
  });

  it('commits at once on OK, and only once', () => {
    const { clock, committed, entry } = setup();
    entry.press(4);
    entry.press(2);
    entry.commit();
    expect(committed).toEqual([42]);
    clock.advance(5000);
    expect(committed).toEqual([42]);
    expect(clock.pending).toBe(0);
  });

  it('ignores OK with nothing typed', () => {
    const { committed, entry } = setup();
    entry.commit();
    expect(committed).toEqual([]);
  });

  it('keeps the last four digits', () => {
    const { clock, committed, entry } = setup();
    [1, 2, 3, 4, 5].forEach((d) => entry.press(d));
    expect(entry.typed).toBe('2345');
    clock.advance(1500);
    expect(committed).toEqual([2345]);
  });

  it('cancels without tuning', () => {
    const { clock, shown, committed, entry } = setup();
    entry.press(7);
    entry.cancel();
    clock.advance(3000);
    expect(committed).toEqual([]);
    expect(shown).toEqual(['7', '']);
  });

  it('reads a leading zero as part of the number', () => {
    const { clock, committed, entry } = setup();
    entry.press(0);
    entry.press(8);
    clock.advance(1500);
    expect(committed).toEqual([8]);
  });
});
