import { BackPress, LONG_BACK_MS } from '../../../../src/ui/player/backPress';

describe('Back press length', () => {
  it('reads a press released before 800 ms as a short Back', () => {
    const back = new BackPress();
    expect(back.down(0, false)).toBe('none');
    expect(back.down(500, true)).toBe('none');
    expect(back.up()).toBe('short');
  });

  it('reads a press held past 800 ms as long, once, and the release as nothing', () => {
    const back = new BackPress();
    back.down(1000, false);
    expect(back.down(1000 + LONG_BACK_MS - 1, true)).toBe('none');
    expect(back.down(1000 + LONG_BACK_MS, true)).toBe('long');
    expect(back.down(1000 + LONG_BACK_MS + 100, true)).toBe('none');
    expect(back.up()).toBe('none');
  });

  it('needs the key to repeat: a slow second press is two short presses', () => {
    const back = new BackPress();
    back.down(0, false);
    expect(back.up()).toBe('short');
    expect(back.down(2000, false)).toBe('none');
    expect(back.up()).toBe('short');
  });

  it('ignores a release whose press it never saw', () => {
    const back = new BackPress();
    expect(back.up()).toBe('none');
    expect(back.down(900, true)).toBe('none');
    expect(back.up()).toBe('none');
  });
});
