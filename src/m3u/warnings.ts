/** Collects warnings up to a limit, so a badly broken 200,000-line playlist does not produce 200,000 of them. */
import type { PlaylistWarning, PlaylistWarningCode } from './models';

/** How many warnings are listed before the rest are only counted. */
export const DEFAULT_MAX_WARNINGS = 100;

export class WarningList {
  readonly items: PlaylistWarning[] = [];
  private dropped = 0;

  constructor(private readonly max: number) {}

  add(code: PlaylistWarningCode, line: number, message: string): void {
    if (this.items.length < this.max) this.items.push({ code, line, message });
    else this.dropped++;
  }

  /** Adds the summary of warnings that were over the limit, once, at the end of the playlist. */
  finish(lastLine: number): void {
    if (this.dropped === 0) return;
    this.items.push({
      code: 'MORE_WARNINGS',
      line: lastLine,
      message: `${this.dropped} more warning${this.dropped === 1 ? '' : 's'} not listed`,
    });
    this.dropped = 0;
  }
}
