/**
 * Progress of a catalogue load that comes in groups (live first, then movies, then series): one count of the
 * lists fetched over every group, reported as `download` (lists so far of lists expected), and `done` once the
 * last group is over. A group that starts later adds its lists to what is expected, so the count can grow.
 */
import { fractionOf, type ProgressListener } from './progress';

/** See the file comment. */
export class ListTally {
  private done = 0;
  private total = 0;
  private open: number;
  private reported = false;

  /** Reports `cache` at once; `groups` is how many groups will call {@link groupDone}. */
  constructor(
    private readonly report: ProgressListener,
    groups = 1,
  ) {
    this.open = groups;
    report({ task: 'catalog', phase: 'cache' });
  }

  /** A group read the cache: `wanted` of its lists are being fetched. */
  expect(wanted: number): void {
    if (wanted <= 0) return;
    this.total += wanted;
    this.reported = true;
    this.progress();
  }

  /** One fetch of a wanted list settled (fetched or failed). */
  settled(): void {
    this.done++;
    this.progress();
  }

  /** A group is over: loaded and refreshed, or given up. After the last one, `done` is reported. */
  groupDone(): void {
    if (this.open <= 0) return;
    this.open--;
    if (this.open > 0) return;
    if (!this.reported) this.report({ task: 'catalog', phase: 'done', fraction: 1 });
    else this.report({ task: 'catalog', phase: 'done', items: this.done, totalItems: this.total, fraction: 1 });
  }

  private progress(): void {
    this.report({
      task: 'catalog',
      phase: 'download',
      items: this.done,
      totalItems: this.total,
      fraction: fractionOf(this.done, this.total),
    });
  }
}
