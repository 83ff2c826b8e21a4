/** Collects `#EXTM3U` attributes (several header lines are merged) into a {@link PlaylistHeader}. */
import type { AttributeScanner } from './attribute-scanner';
import type { PlaylistHeader } from './models';
import { detached, parseNumber } from './text';

export class HeaderState {
  readonly attributes: Record<string, string> = {};
  readonly tvgUrls: string[] = [];
  tvgShiftHours: number | undefined;
  catchup: string | undefined;
  catchupDays: number | undefined;
  catchupSource: string | undefined;

  /** Reads the attributes of a header line from `[start, end)` (just after the `#EXTM3U` token). */
  read(scanner: AttributeScanner, text: string, start: number, end: number): void {
    scanner.reset(text, start, end, false);
    while (scanner.next()) {
      // Kept for the whole session: copied so the header does not pin the first chunk of a big download.
      const value = detached(scanner.value());
      this.attributes[detached(scanner.name)] = value;
      switch (scanner.meaning) {
        case 'tvg-url':
          this.addTvgUrls(value);
          break;
        case 'tvg-shift':
          this.tvgShiftHours = parseNumber(value) ?? this.tvgShiftHours;
          break;
        case 'catchup':
          if (value.trim() !== '') this.catchup = value.trim().toLowerCase();
          break;
        case 'catchup-days':
          this.catchupDays = parseNumber(value) ?? this.catchupDays;
          break;
        case 'catchup-source':
          if (value.trim() !== '') this.catchupSource = value.trim();
          break;
      }
    }
  }

  /** The header as the model describes it (a fresh object each call). */
  toHeader(): PlaylistHeader {
    const header: PlaylistHeader = { tvgUrls: this.tvgUrls.slice(), attributes: { ...this.attributes } };
    if (this.tvgShiftHours !== undefined) header.tvgShiftHours = this.tvgShiftHours;
    if (this.catchup !== undefined) header.catchup = this.catchup;
    if (this.catchupDays !== undefined) header.catchupDays = this.catchupDays;
    if (this.catchupSource !== undefined) header.catchupSource = this.catchupSource;
    return header;
  }

  // Providers list several guides in one attribute, separated by commas.
  private addTvgUrls(value: string): void {
    for (const part of value.split(',')) {
      const url = part.trim();
      if (url !== '' && this.tvgUrls.indexOf(url) === -1) this.tvgUrls.push(url);
    }
  }
}
