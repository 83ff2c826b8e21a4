/**
 * The shared string table of a guide being built: each distinct text is stored once and programmes refer to it by
 * number. Titles, categories and re-run descriptions repeat a lot in real guides.
 */

import { detachString } from '../shared/detach-string';

/** Index meaning "no string". */
export const NO_STRING = -1;

/** Interns strings during the build; hand {@link StringPool.strings} to the finished index. */
export class StringPool {
  readonly strings: string[] = [];
  private readonly lookup = new Map<string, number>();

  /** The number of `text`, adding it when new; {@link NO_STRING} for `undefined` or `''`. */
  intern(text: string | undefined): number {
    if (text === undefined || text === '') return NO_STRING;
    let index = this.lookup.get(text);
    if (index === undefined) {
      index = this.strings.length;
      const copy = detachString(text);
      this.strings.push(copy);
      this.lookup.set(copy, index);
    }
    return index;
  }

  /** Drops the lookup map once the build is over (the strings stay). */
  seal(): string[] {
    this.lookup.clear();
    return this.strings;
  }
}
