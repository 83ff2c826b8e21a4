import { throttleProgress, type LoadProgress } from '../../../../src/library/source/progress';

describe('progress throttling', () => {
  function recorder(): { seen: LoadProgress[]; clock: { now: number }; report: (p: LoadProgress) => void } {
    const seen: LoadProgress[] = [];
    const clock = { now: 1000 };
    const report = throttleProgress(
      (p) => seen.push(p),
      100,
      () => clock.now,
    );
    return { seen, clock, report };
  }

  it('passes the first report of a phase and at most one per interval after it', () => {
    const { seen, clock, report } = recorder();
    for (let bytes = 0; bytes <= 1000; bytes += 100) {
      report({ task: 'catalog', phase: 'download', bytes, items: 0 });
      clock.now += 30;
    }
    expect(seen.map((p) => p.bytes)).toEqual([0, 400, 800]);
  });

  it('delivers the last held-back report when the next phase begins, so a quick download ends on its bytes', () => {
    const { seen, clock, report } = recorder();
    report({ task: 'catalog', phase: 'download', bytes: 0, items: 0 });
    clock.now += 10;
    report({ task: 'catalog', phase: 'download', bytes: 5000, items: 40 });
    clock.now += 10;
    report({ task: 'catalog', phase: 'download', bytes: 9000, items: 75 });
    report({ task: 'catalog', phase: 'index', items: 75, fraction: 1 });
    report({ task: 'catalog', phase: 'done', fraction: 1 });
    expect(seen.map((p) => `${p.phase}:${p.bytes ?? ''}`)).toEqual(['download:0', 'download:9000', 'index:', 'done:']);
  });

  it('does not deliver a held-back report again once a later one of its phase went through', () => {
    const { seen, clock, report } = recorder();
    report({ task: 'catalog', phase: 'download', bytes: 0, items: 0 });
    clock.now += 50;
    report({ task: 'catalog', phase: 'download', bytes: 10, items: 0 });
    clock.now += 60;
    report({ task: 'catalog', phase: 'download', bytes: 20, items: 0 });
    report({ task: 'catalog', phase: 'done', fraction: 1 });
    expect(seen.map((p) => `${p.phase}:${p.bytes ?? ''}`)).toEqual(['download:0', 'download:20', 'done:']);
  });
});
