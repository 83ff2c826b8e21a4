/**
 * Shares one copy of strings that repeat across a playlist (group names, catch-up modes): a 200,000-entry
 * playlist has a few hundred groups, so each entry points at a shared string instead of its own.
 */
import { detached } from './text';

export class StringPool {
  private readonly known = new Map<string, string>();
  private last = '';

  /** The pooled copy of `[start, end)` of `text`; compared in place first, so a repeat allocates nothing. */
  shareRange(text: string, start: number, end: number): string {
    const last = this.last;
    if (end - start === last.length) {
      let same = true;
      for (let i = 0; i < last.length; i++) {
        if (text.charCodeAt(start + i) !== last.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return last;
    }
    return this.share(text.slice(start, end));
  }

  /** The pooled copy of `value`. */
  share(value: string): string {
    // Neighbouring entries usually share their group, so the last one answers most calls without hashing.
    if (value === this.last) return this.last;
    let pooled = this.known.get(value);
    if (pooled === undefined) {
      pooled = detached(value);
      this.known.set(pooled, pooled);
    }
    this.last = pooled;
    return pooled;
  }
}
