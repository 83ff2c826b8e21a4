/**
 * A small hand-written scanner for `key="value" key='value' key=value` lists, as found after `#EXTINF:<duration>`
 * and `#EXTM3U`. One pass, no regular expressions, and tolerant of what real playlists contain:
 * - quotes inside a quoted value (panels write `tvg-name="{CHANNEL_NAME}"` without escaping): a quote only closes
 *   the value when what follows is the end, a comma, or blanks then a word that does not run into another quote;
 * - a quote never closed: the value runs to the line's last comma, and the name follows that comma;
 * - words without `=` are skipped.
 * In `#EXTINF` mode the list stops at the first comma outside a value; the entry's name is the rest of the line.
 */
import { readAttributeName, type AttributeMeaning, type AttributeName } from './known-attributes';

const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const COMMA = 44;
const EQUALS = 61;

export class AttributeScanner implements AttributeName {
  /**
   * The attribute just read by {@link next}: its name (see `readAttributeName`), its meaning, and where its value
   * is in the text (cut it with {@link value} or compare it in place).
   */
  name = '';
  meaning: AttributeMeaning = '';
  valueStart = 0;
  valueEnd = 0;
  /** After `next()` returned false in `#EXTINF` mode: where the name starts, or -1 when there is no comma. */
  nameStart = -1;
  /** Whether a quote was left open on this line. */
  unterminatedQuote = false;

  private text = '';
  private pos = 0;
  private end = 0;
  private stopsAtComma = false;
  private done = false;
  // Where closesValue() already found the next attribute's name and its "=", so next() need not scan it again.
  private nextNameStart = -1;
  private nextEquals = -1;

  /** Starts scanning `[start, end)`; `stopsAtComma` is true for `#EXTINF` lines (a name follows), false for headers. */
  reset(text: string, start: number, end: number, stopsAtComma: boolean): void {
    this.text = text;
    this.pos = start;
    this.end = end;
    this.stopsAtComma = stopsAtComma;
    this.done = false;
    this.nextNameStart = -1;
    this.nameStart = -1;
    this.unterminatedQuote = false;
  }

  /** Reads the next attribute into `name`, `meaning`, `valueStart` and `valueEnd`; false when the list is over. */
  next(): boolean {
    if (this.done) return false;
    const text = this.text;
    const end = this.end;
    let pos = this.pos;
    for (;;) {
      while (pos < end && text.charCodeAt(pos) <= SPACE) pos++;
      if (pos >= end) return this.finish(-1);
      let code = text.charCodeAt(pos);
      if (code === COMMA && this.stopsAtComma) return this.finish(pos + 1);
      const nameStart = pos;
      if (pos === this.nextNameStart) pos = this.nextEquals;
      while (pos < end) {
        code = text.charCodeAt(pos);
        if (code === EQUALS || code <= SPACE || code === QUOTE || code === APOSTROPHE) break;
        if (code === COMMA && this.stopsAtComma) break;
        pos++;
      }
      if (pos >= end) return this.finish(-1);
      if (code !== EQUALS || pos === nameStart) {
        // A word without "=" (or a stray "=" or quote): skip one character past it and go on.
        if (code !== COMMA) pos++;
        continue;
      }
      readAttributeName(text, nameStart, pos, this);
      pos++;
      return this.readValue(pos);
    }
  }

  private readValue(pos: number): boolean {
    const text = this.text;
    const end = this.end;
    const quote = pos < end ? text.charCodeAt(pos) : 0;
    if (quote !== QUOTE && quote !== APOSTROPHE) {
      const start = pos;
      while (pos < end) {
        const code = text.charCodeAt(pos);
        if (code <= SPACE || (code === COMMA && this.stopsAtComma)) break;
        pos++;
      }
      this.setValue(start, pos);
      this.pos = pos;
      return true;
    }
    const start = pos + 1;
    const quoteChar = quote === QUOTE ? '"' : "'";
    let close = text.indexOf(quoteChar, start);
    while (close !== -1 && close < end && !this.closesValue(close + 1)) close = text.indexOf(quoteChar, close + 1);
    if (close !== -1 && close < end) {
      this.setValue(start, close);
      this.pos = close + 1;
      return true;
    }
    this.unterminatedQuote = true;
    const lastComma = this.stopsAtComma ? text.lastIndexOf(',', end - 1) : -1;
    if (lastComma >= start) {
      this.setValue(start, lastComma);
      this.nameStart = lastComma + 1;
    } else {
      this.setValue(start, end);
    }
    this.done = true;
    return true;
  }

  /**
   * Whether a quote just before `pos` ends the value: it does when followed by the end, a comma, or blanks then
   * anything but a word that runs into another quote (as in `"The "Best" Films"`).
   */
  private closesValue(pos: number): boolean {
    const text = this.text;
    const end = this.end;
    if (pos >= end) return true;
    let code = text.charCodeAt(pos);
    if (code === COMMA) return true;
    if (code > SPACE) return false;
    while (pos < end && text.charCodeAt(pos) <= SPACE) pos++;
    const nameStart = pos;
    while (pos < end) {
      code = text.charCodeAt(pos);
      if (code === EQUALS) {
        this.nextNameStart = nameStart;
        this.nextEquals = pos;
        return true;
      }
      if (code === QUOTE || code === APOSTROPHE) return false;
      if (code <= SPACE || code === COMMA) return true;
      pos++;
    }
    return true;
  }

  /** The value of the attribute just read, as written. */
  value(): string {
    return this.text.slice(this.valueStart, this.valueEnd);
  }

  private setValue(start: number, end: number): void {
    this.valueStart = start;
    this.valueEnd = end;
  }

  private finish(nameStart: number): false {
    this.nameStart = nameStart;
    this.done = true;
    return false;
  }
}
