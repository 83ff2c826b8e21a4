/**
 * The incremental M3U parser: feed it text as it arrives with {@link PlaylistParser.push}, then call
 * {@link PlaylistParser.end}. Lines may be split anywhere between chunks; each line is read in place inside its
 * chunk, and entries are handed on (returned or passed to `onEntry`) as soon as their URL line is read, so a
 * 200,000-entry download is never held twice. Strings in entries are substrings of the chunks, which JavaScript
 * engines keep as views: the chunks stay in memory as long as entries that came from them, but are not copied.
 */
import { AttributeScanner } from './attribute-scanner';
import { EntryBuilder } from './entry-builder';
import { PlaylistError } from './errors';
import { classifyFirstLine, headerTokenAt, looksBinary } from './first-line';
import { HeaderState } from './header';
import type { PlaylistEntry, PlaylistHeader, PlaylistWarning } from './models';
import { DEFAULT_MAX_WARNINGS, WarningList } from './warnings';

/** Options of {@link PlaylistParser} and `parsePlaylist`. */
export interface PlaylistParserOptions {
  /**
   * Receives each entry as soon as its URL line is read. When given, `push()` and `end()` return empty batches,
   * so entries are held only where the callback puts them.
   */
  onEntry?: (entry: PlaylistEntry) => void;
  /** How many warnings to list before only counting the rest (default 100). */
  maxWarnings?: number;
}

const SPACE = 32;
const HASH = 35;
const BOM = 0xfeff;
const NO_ENTRIES: readonly PlaylistEntry[] = Object.freeze([]);

/**
 * Parses a playlist that arrives in pieces.
 *
 * @example
 * const parser = new PlaylistParser({ onEntry: (entry) => catalog.add(entry) });
 * for await (const chunk of textChunks) parser.push(chunk);
 * parser.end();
 * const { header, warnings } = parser;
 */
export class PlaylistParser {
  private readonly scanner = new AttributeScanner();
  private readonly headerState = new HeaderState();
  private readonly warningList: WarningList;
  private readonly builder: EntryBuilder;
  private readonly onEntry: ((entry: PlaylistEntry) => void) | undefined;
  private batch: PlaylistEntry[] = [];
  private carry = '';
  private lineNumber = 0;
  private started = false;
  private ended = false;
  private count = 0;

  constructor(options: PlaylistParserOptions = {}) {
    this.onEntry = options.onEntry;
    this.warningList = new WarningList(options.maxWarnings ?? DEFAULT_MAX_WARNINGS);
    this.builder = new EntryBuilder(this.scanner, this.headerState, this.warningList);
  }

  /**
   * Reads the complete lines of `chunk` (with what was left over from the previous chunk) and returns the entries
   * they completed. Throws `PlaylistError` when the first line shows the input is not a playlist.
   */
  push(chunk: string): readonly PlaylistEntry[] {
    if (this.ended) throw new Error('PlaylistParser.push() called after end()');
    let pos = 0;
    if (this.carry !== '') {
      const newline = chunk.indexOf('\n');
      if (newline === -1) {
        this.carry += chunk;
        return this.takeBatch();
      }
      const line = this.carry + chunk.slice(0, newline);
      this.carry = '';
      this.readLine(line, 0, line.length);
      pos = newline + 1;
    }
    for (;;) {
      const newline = chunk.indexOf('\n', pos);
      if (newline === -1) break;
      this.readLine(chunk, pos, newline);
      pos = newline + 1;
    }
    if (pos < chunk.length) this.carry = chunk.slice(pos);
    return this.takeBatch();
  }

  /** Reads the last line, adds the end-of-playlist warnings and returns the last entries. */
  end(): readonly PlaylistEntry[] {
    if (this.ended) return NO_ENTRIES;
    if (this.carry !== '') {
      const line = this.carry;
      this.carry = '';
      this.readLine(line, 0, line.length);
    }
    this.ended = true;
    if (this.builder.hasExtinf) this.warnEntryWithoutUrl();
    if (this.count === 0) {
      this.warningList.add('EMPTY_PLAYLIST', Math.max(1, this.lineNumber), 'The playlist has no entries');
    }
    this.warningList.finish(Math.max(1, this.lineNumber));
    return this.takeBatch();
  }

  /** The header read so far (a fresh object each time). */
  get header(): PlaylistHeader {
    return this.headerState.toHeader();
  }

  /** Warnings so far, in line order. */
  get warnings(): readonly PlaylistWarning[] {
    return this.warningList.items;
  }

  /** How many entries were produced so far. */
  get entryCount(): number {
    return this.count;
  }

  private readLine(text: string, start: number, end: number): void {
    const line = ++this.lineNumber;
    if (line === 1) while (start < end && text.charCodeAt(start) === BOM) start++;
    if (!this.started && looksBinary(text, start, end)) {
      throw new PlaylistError('binary', text.slice(start, Math.min(end, start + 16)));
    }
    while (start < end && text.charCodeAt(start) <= SPACE) start++;
    while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
    if (start === end) return;
    if (!this.started) {
      // A comment may come before the header ("# Generated by …"); the first line that says something decides.
      if (isComment(text, start, end)) return;
      this.started = true;
      if (this.readFirstLine(text, start, end, line)) return;
    }
    if (text.charCodeAt(start) !== HASH) {
      this.emit(this.builder.finish(text, start, end, line));
    } else if (hasTag(text, start, end, '#extinf')) {
      if (this.builder.hasExtinf) this.warnEntryWithoutUrl();
      this.builder.readExtinf(text, start + 7, end, line);
    } else if (hasTag(text, start, end, '#extgrp')) {
      this.builder.readGroup(text, start + 7, end);
    } else if (hasTag(text, start, end, '#extvlcopt')) {
      this.builder.readVlcOption(text, start + 10, end);
    } else if (hasTag(text, start, end, '#kodiprop')) {
      this.builder.readKodiProp(text, start + 9, end);
    } else if (hasTag(text, start, end, '#extm3u')) {
      // Concatenated playlists repeat the header; its attributes are merged.
      this.headerState.read(this.scanner, text, start + 7, end);
    }
    // Any other "#" line is a comment (including commented-out entries such as "# #EXTINF…") or an unused tag.
  }

  /** Handles the first non-blank line; true when it was the header (nothing more to do with it). */
  private readFirstLine(text: string, start: number, end: number, line: number): boolean {
    const kind = classifyFirstLine(text, start, end);
    if (kind === 'header') {
      this.headerState.read(this.scanner, text, start + 7, end);
      return true;
    }
    if (kind === 'damaged-header') {
      this.warningList.add(
        'DAMAGED_HEADER',
        line,
        `Damaged #EXTM3U header "${text.slice(start, end).slice(0, 60)}", read as one`,
      );
      this.headerState.read(this.scanner, text, headerTokenAt(text, start, end), end);
      return true;
    }
    this.warningList.add('MISSING_HEADER', line, 'No #EXTM3U header; the lines are read as a playlist anyway');
    return false;
  }

  private warnEntryWithoutUrl(): void {
    this.warningList.add('ENTRY_WITHOUT_URL', this.builder.extinfLine, 'An #EXTINF without a URL was skipped');
    this.builder.discard();
  }

  private emit(entry: PlaylistEntry): void {
    this.count++;
    if (this.onEntry !== undefined) this.onEntry(entry);
    else this.batch.push(entry);
  }

  private takeBatch(): readonly PlaylistEntry[] {
    if (this.batch.length === 0) return NO_ENTRIES;
    const batch = this.batch;
    this.batch = [];
    return batch;
  }
}

/** Whether a line before the first meaningful one is only a comment (not a tag, nor a damaged header). */
function isComment(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(start) === HASH &&
    !hasTag(text, start, end, '#ext') &&
    !hasTag(text, start, end, '#kodiprop') &&
    headerTokenAt(text, start, end) === -1
  );
}

/** Whether the line `[start, end)` starts with `lowerTag`, in any case (kept local: it runs on every line). */
function hasTag(text: string, start: number, end: number, lowerTag: string): boolean {
  const length = lowerTag.length;
  if (end - start < length) return false;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== lowerTag.charCodeAt(i)) return false;
  }
  return true;
}
