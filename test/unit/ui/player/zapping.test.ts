import { ChannelMemory, channelNumber, indexOfNumber, wrapIndex } from '../../../../src/ui/player/zapping';
import type { LiveStream } from '../../../../src/xtream';

function channel(id: string, num?: number): LiveStream {
  return {
    id,
    num,
    name: `Channel ${id}`,
    categoryIds: [],
    type: 'live',
    hasArchive: false,
    archiveDays: 0,
    isAdult: false,
  };
}

describe('zapping', () => {
  it('wraps from the last channel to the first and from the first to the last', () => {
    expect(wrapIndex(4, 1, 5)).toBe(0);
    expect(wrapIndex(0, -1, 5)).toBe(4);
    expect(wrapIndex(2, 1, 5)).toBe(3);
    expect(wrapIndex(2, -1, 5)).toBe(1);
    expect(wrapIndex(0, 1, 1)).toBe(0);
  });

  it('has nowhere to go in an empty list', () => {
    expect(wrapIndex(0, 1, 0)).toBe(-1);
  });

  it('numbers channels by the provider number, else by position', () => {
    expect(channelNumber(channel('a', 101), 0)).toBe(101);
    expect(channelNumber(channel('b'), 6)).toBe(7);
  });

  it('finds a channel by the number it shows', () => {
    const list = [channel('a', 10), channel('b', 20), channel('c')];
    expect(indexOfNumber(list, 20)).toBe(1);
    expect(indexOfNumber(list, 3)).toBe(2);
    expect(indexOfNumber(list, 123)).toBe(-1);
  });
});

describe('previous channel', () => {
  it('returns to the channel watched before, and swaps back when pressed again', () => {
    const memory = new ChannelMemory();
    expect(memory.previous).toBeUndefined();
    memory.watch('A');
    expect(memory.previous).toBeUndefined();
    memory.watch('B');
    memory.watch('C');
    expect(memory.previous).toBe('B');
    // PreviousChannel tunes to B...
    memory.watch(memory.previous!);
    expect(memory.current).toBe('B');
    expect(memory.previous).toBe('C');
    // ...and again back to C.
    memory.watch(memory.previous!);
    expect(memory.current).toBe('C');
    expect(memory.previous).toBe('B');
  });

  it('does not forget the previous channel when the same channel is tuned again (a retry)', () => {
    const memory = new ChannelMemory();
    memory.watch('A');
    memory.watch('B');
    memory.watch('B');
    expect(memory.previous).toBe('A');
  });
});
