import { inputPending, KeyHold, REST_MS } from '../../../../src/ui/library/posterHold';

describe('telling a held key from separate presses', () => {
  it('takes moves closer together than the rest time for a hold', () => {
    const hold = new KeyHold();
    expect(hold.move(undefined, 1000)).toBe(false);
    expect(hold.move(undefined, 1033)).toBe(true);
    expect(hold.move(undefined, 1033 + REST_MS - 1)).toBe(true);
    expect(hold.move(undefined, 1033 + REST_MS - 1 + REST_MS)).toBe(false);
  });

  it('takes a repeated key for a hold whenever it is handled', () => {
    const hold = new KeyHold();
    expect(hold.move({ repeat: false, timeStamp: 10 }, 1000)).toBe(false);
    expect(hold.move({ repeat: true, timeStamp: 5000 }, 9000)).toBe(true);
  });

  it('goes by when keys arrived, so keys queued behind a slow frame stay a hold', () => {
    const hold = new KeyHold();
    expect(hold.move({ timeStamp: 100 }, 1000)).toBe(false);
    // Handled 400 ms apart (a slow frame), but they arrived 33 ms apart.
    expect(hold.move({ timeStamp: 133 }, 1400)).toBe(true);
    expect(hold.move({ timeStamp: 166 }, 1800)).toBe(true);
    // A press that arrived long after the last one is a new press, however soon after it is handled.
    expect(hold.move({ timeStamp: 166 + REST_MS + 200 }, 1800 + REST_MS + 1)).toBe(false);
  });

  it('ignores time stamps from another clock', () => {
    const hold = new KeyHold();
    expect(hold.move({ timeStamp: 5000 }, 1000)).toBe(false);
    // An earlier stamp than the last one says nothing about the gap.
    expect(hold.move({ timeStamp: 10 }, 1000 + REST_MS + 1)).toBe(false);
  });

  it('reports no pending input outside a browser', () => {
    expect(inputPending()).toBe(false);
  });
});
