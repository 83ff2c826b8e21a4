import { RestTimer } from '../../../../src/ui/live/rowRest';

const REST_MS = 40;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('waiting for a list to rest', () => {
  it('calls back once, after the touches stop, however often it was touched', async () => {
    const rests: number[] = [];
    let lastTouch = 0;
    const timer = new RestTimer(REST_MS, () => rests.push(Date.now()));
    for (let i = 0; i < 12; i++) {
      timer.touch();
      lastTouch = Date.now();
      expect(timer.pending).toBe(true);
      await sleep(10);
    }
    expect(rests).toEqual([]);
    await sleep(REST_MS * 3);
    expect(rests).toHaveLength(1);
    expect(rests[0] - lastTouch).toBeGreaterThanOrEqual(REST_MS - 1);
    expect(timer.pending).toBe(false);
  });

  it('rests again after new touches', async () => {
    let rests = 0;
    const timer = new RestTimer(REST_MS, () => rests++);
    timer.touch();
    await sleep(REST_MS * 3);
    timer.touch();
    timer.touch();
    await sleep(REST_MS * 3);
    expect(rests).toBe(2);
  });

  it('does not call back once cancelled', async () => {
    let rests = 0;
    const timer = new RestTimer(REST_MS, () => rests++);
    timer.touch();
    timer.cancel();
    expect(timer.pending).toBe(false);
    await sleep(REST_MS * 3);
    expect(rests).toBe(0);
  });

  it('reads the clock it is given, so a rest is judged by the time since the last touch', async () => {
    let clock = 0;
    let rests = 0;
    const timer = new RestTimer(
      REST_MS,
      () => rests++,
      () => clock,
    );
    timer.touch();
    // Whenever the timeout fires, the clock says the list moved just now: it keeps waiting.
    clock = REST_MS - 5;
    timer.touch();
    await sleep(REST_MS + 20);
    expect(rests).toBe(0);
    clock = REST_MS * 3;
    await sleep(REST_MS * 3);
    expect(rests).toBe(1);
  });
});
