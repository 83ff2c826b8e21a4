/**
 * A streaming XML tokenizer over text chunks: tags, end tags and text go to a {@link MarkupSink}; comments,
 * processing instructions and DOCTYPE are skipped; CDATA becomes text. A token cut by a chunk boundary waits for
 * the next chunk, so the unread tail is never longer than one token. No DOM, no whole document.
 */
import { readName } from './known-names';

/**
 * Receives the tokens. `attributes[0, attributeCount)` holds name/value pairs, values still raw (entities not
 * decoded); the array is reused for the next tag.
 */
export interface MarkupSink {
  /** Whether text between tags matters now (inside a field we keep, or before the root element). */
  wantsText: boolean;
  /** Before the root element text can be consumed eagerly: it is either blank or fatal. */
  beforeRoot: boolean;
  /** Once set, the scanner hands out nothing more. */
  halted: boolean;
  openTag(name: string, attributes: string[], attributeCount: number, selfClosing: boolean, at: number): void;
  closeTag(name: string, at: number): void;
  /** Raw text `source[from, to)` (entities not decoded). */
  text(source: string, from: number, to: number): void;
  cdata(text: string): void;
  /** Called for markup the scanner cannot read (e.g. `<` followed by a space). */
  malformed(message: string, at: number): void;
}

/** How much of a new chunk is first joined to a waiting token (most tokens are far shorter). */
const HEAD_LENGTH = 4096;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** `<!DOCTYPE …>` may hold an internal subset in brackets and quoted strings: find its real end, or -1. */
function endOfDeclaration(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = s.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return i;
  }
  return -1;
}

/** Splits text chunks into tokens for a {@link MarkupSink} and knows the line of any position it still holds. */
export class MarkupScanner {
  private buf = '';
  private pos = 0;
  /** Line number of `buf[0]`. */
  private firstLine = 1;
  /** A position in `buf` and its line, so successive line look-ups count each newline once. */
  private lineMarkPos = 0;
  private lineMarkLine = 1;
  private readonly attributes: string[] = [];

  constructor(private readonly sink: MarkupSink) {}

  /** Characters received but not yet tokenized (an incomplete token). */
  get pendingLength(): number {
    return this.buf.length - this.pos;
  }

  feed(text: string): void {
    if (this.pos >= this.buf.length) {
      this.replaceBuffer(text, 0, this.lineAt(this.pos));
      this.run();
      return;
    }
    // A token waits in the tail. Complete it with just the start of the new text, then scan the new text itself:
    // joining the whole chunk to the tail would copy every chunk once more (time, and garbage for the collector).
    let headLength = HEAD_LENGTH;
    for (;;) {
      const tail = this.buf.slice(this.pos);
      const whole = headLength >= text.length;
      this.replaceBuffer(tail + (whole ? text : text.slice(0, headLength)), 0, this.lineAt(this.pos));
      this.run();
      if (whole) return;
      if (this.pos >= tail.length) {
        this.replaceBuffer(text, this.pos - tail.length, this.lineAt(tail.length));
        this.run();
        return;
      }
      // The waiting token is longer than the head: try again with more of the new text.
      this.buf = this.buf.slice(0, tail.length);
      headLength *= 4;
    }
  }

  /** Makes `text` the buffer, reading on from `pos`; `firstLine` is the line of `text[0]`. */
  private replaceBuffer(text: string, pos: number, firstLine: number): void {
    this.buf = text;
    this.pos = pos;
    this.firstLine = firstLine;
    this.lineMarkPos = 0;
    this.lineMarkLine = firstLine;
  }

  /** 1-based line of `at`, a position in the current buffer (as passed to the sink). */
  lineAt(at: number): number {
    let line = this.lineMarkLine;
    let from = this.lineMarkPos;
    if (at < from) {
      line = this.firstLine;
      from = 0;
    }
    const s = this.buf;
    let nl = s.indexOf('\n', from);
    while (nl >= 0 && nl < at) {
      line++;
      nl = s.indexOf('\n', nl + 1);
    }
    this.lineMarkPos = at;
    this.lineMarkLine = line;
    return line;
  }

  /** Position of the unread tail (the incomplete token), for reporting where the input stopped. */
  get tailPosition(): number {
    return this.pos;
  }

  /** The start of the unread tail, for messages. */
  tailPreview(length = 40): string {
    return this.buf.slice(this.pos, this.pos + length);
  }

  private run(): void {
    const s = this.buf;
    const n = s.length;
    const sink = this.sink;
    let pos = this.pos;
    while (pos < n && !sink.halted) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (sink.beforeRoot) {
          sink.text(s, pos, n);
          pos = n;
        }
        break;
      }
      if (lt > pos && sink.wantsText) sink.text(s, pos, lt);
      pos = lt;
      if (lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) break;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        sink.closeTag(readName(s, lt + 2, nameEnd), lt);
        pos = gt + 1;
      } else if (c === 33 /* ! */) {
        const end = this.skipDeclaration(s, lt);
        if (end < 0) break;
        pos = end;
      } else if (c === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
      } else {
        const end = this.startTag(s, lt);
        if (end < 0) break;
        pos = end;
      }
    }
    this.pos = pos;
  }

  /** Comment, CDATA or DOCTYPE at `lt`: returns the position after it, or -1 when it is incomplete. */
  private skipDeclaration(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.sink.wantsText) this.sink.cdata(s.slice(lt + 9, end));
      return end + 3;
    }
    // Too short to tell a comment or CDATA from a declaration yet.
    if (s.length - lt < 9 && ('<!--'.startsWith(s.slice(lt, lt + 4)) || '<![CDATA['.startsWith(s.slice(lt)))) return -1;
    const end = endOfDeclaration(s, lt + 2);
    return end < 0 ? -1 : end + 1;
  }

  /** A start tag at `lt`: returns the position after it, or -1 when it is incomplete. */
  private startTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c <= 32 || c === 62 || c === 47) break;
      i++;
    }
    if (i >= n) return -1;
    if (i === lt + 1) {
      // Guides sometimes carry a bare "<" in text ("a < b"): keep it as text.
      this.sink.malformed('A "<" that starts no tag', lt);
      if (this.sink.wantsText) this.sink.text(s, lt, lt + 1);
      return lt + 1;
    }
    const name = readName(s, lt + 1, i);
    const attributes = this.attributes;
    let count = 0;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        this.sink.openTag(name, attributes, count, false, lt);
        return i + 1;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) === 62) {
          this.sink.openTag(name, attributes, count, true, lt);
          return i + 2;
        }
        i++;
        continue;
      }
      const nameStart = i;
      while (i < n) {
        const a = s.charCodeAt(i);
        if (a === 61 /* = */ || a === 62 || a === 47 || isSpace(a)) break;
        i++;
      }
      if (i >= n) return -1;
      const attributeName = readName(s, nameStart, i);
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== 61) {
        attributes[count++] = attributeName;
        attributes[count++] = '';
        continue;
      }
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const q = s.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
        if (close < 0) return -1;
        attributes[count++] = attributeName;
        attributes[count++] = s.slice(i + 1, close);
        i = close + 1;
      } else {
        // Unquoted value: lenient, up to the next space or end of tag.
        const valueStart = i;
        while (i < n) {
          const v = s.charCodeAt(i);
          if (v === 62 || isSpace(v)) break;
          i++;
        }
        if (i >= n) return -1;
        attributes[count++] = attributeName;
        attributes[count++] = s.slice(valueStart, i);
      }
    }
  }
}
