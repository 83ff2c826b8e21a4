/**
 * Gathers what the lines of one entry say (`#EXTINF`, `#EXTGRP`, `#EXTVLCOPT`, `#KODIPROP`) until its URL arrives,
 * then builds the {@link PlaylistEntry}. Option lines may come before or after the `#EXTINF`; both orders occur.
 */
import type { AttributeScanner } from './attribute-scanner';
import { durationEnd, readDuration } from './duration';
import type { HeaderState } from './header';
import type { AttributeMeaning } from './known-attributes';
import type { PlaylistCatchup, PlaylistEntry } from './models';
import { StringPool } from './string-pool';
import { equalsAtIgnoringCase, parseNumber, skipBlanks, trimEnd } from './text';
import { nameFromUrl } from './url-name';
import type { WarningList } from './warnings';
import { XtreamUrlReader } from './xtream-url';

const SPACE = 32;
const NONE: Readonly<Record<string, string>> = Object.freeze({});

export class EntryBuilder {
  /** Whether an `#EXTINF` is waiting for its URL, and on which line it was. */
  hasExtinf = false;
  extinfLine = 0;

  private duration = -1;
  private attributes: Record<string, string> | undefined = undefined;
  private name: string | undefined = undefined;
  private tvgId: string | undefined = undefined;
  private tvgName: string | undefined = undefined;
  private logo: string | undefined = undefined;
  private groupTitle: string | undefined = undefined;
  private extGroup: string | undefined = undefined;
  private channelNumber: number | undefined = undefined;
  private catchupMode: string | undefined = undefined;
  private catchupDays: number | undefined = undefined;
  private legacyArchiveDays: number | undefined = undefined;
  private catchupSource: string | undefined = undefined;
  private tvgShiftHours: number | undefined = undefined;
  private optionUserAgent: string | undefined = undefined;
  private optionReferrer: string | undefined = undefined;
  private attributeUserAgent: string | undefined = undefined;
  private attributeReferrer: string | undefined = undefined;
  private kodiProps: Record<string, string> | undefined = undefined;

  private readonly pool = new StringPool();
  private readonly xtream = new XtreamUrlReader();

  constructor(
    private readonly scanner: AttributeScanner,
    private readonly header: HeaderState,
    private readonly warnings: WarningList,
  ) {}

  /** Reads an `#EXTINF` line; `start` is just after the `#EXTINF` token. */
  readExtinf(text: string, start: number, end: number, line: number): void {
    this.hasExtinf = true;
    this.extinfLine = line;
    const scanner = this.scanner;
    const afterDuration = durationEnd(text, start, end);
    this.duration = readDuration(text, start, afterDuration);
    scanner.reset(text, afterDuration, end, true);
    let attributes: Record<string, string> | undefined;
    while (scanner.next()) {
      if (attributes === undefined) attributes = {};
      const meaning = scanner.meaning;
      // Group names repeat from entry to entry: the pooled string serves both the field and the attribute.
      const value =
        meaning === 'group-title'
          ? this.pool.shareRange(text, scanner.valueStart, scanner.valueEnd)
          : text.slice(scanner.valueStart, scanner.valueEnd);
      attributes[scanner.name] = value;
      if (meaning !== '') this.applyKnown(meaning, value);
    }
    this.attributes = attributes;
    if (scanner.unterminatedQuote) {
      this.warnings.add(
        'UNTERMINATED_QUOTE',
        line,
        'An attribute quote is never closed; the name is read after the last comma',
      );
    }
    if (scanner.nameStart !== -1) this.name = this.readName(text, scanner.nameStart, end);
  }

  /** Reads `#EXTGRP:<group>`; `start` is just after the token. */
  readGroup(text: string, start: number, end: number): void {
    start = skipSeparator(text, start, end);
    if (start < end) this.extGroup = this.pool.share(text.slice(start, end));
  }

  /** Reads `#EXTVLCOPT:key=value`; only the HTTP user agent and referrer matter to playback. */
  readVlcOption(text: string, start: number, end: number): void {
    start = skipSeparator(text, start, end);
    const equals = text.indexOf('=', start);
    if (equals === -1 || equals >= end) return;
    const valueStart = skipBlanks(text, equals + 1, end);
    // iptv-org playlists repeat the prefix: "#EXTVLCOPT:http-user-agent=#EXTVLCOPT:http-user-agent=Mozilla…".
    if (equalsAtIgnoringCase(text, valueStart, '#extvlcopt')) return this.readVlcOption(text, valueStart + 10, end);
    if (valueStart >= end) return;
    const keyEnd = trimEnd(text, start, equals);
    if (isOneOf(text, start, keyEnd, 'http-user-agent')) this.optionUserAgent = text.slice(valueStart, end);
    else if (isOneOf(text, start, keyEnd, 'http-referrer', 'http-referer'))
      this.optionReferrer = text.slice(valueStart, end);
  }

  /** Reads `#KODIPROP:key=value` (inputstream and DRM settings), kept as written. */
  readKodiProp(text: string, start: number, end: number): void {
    start = skipSeparator(text, start, end);
    const equals = text.indexOf('=', start);
    if (equals === -1 || equals >= end || equals === start) return;
    if (this.kodiProps === undefined) this.kodiProps = {};
    this.kodiProps[text.slice(start, trimEnd(text, start, equals))] = text.slice(
      skipBlanks(text, equals + 1, end),
      end,
    );
  }

  /** Builds the entry whose URL is `[start, end)` of `text`, found on `line`, and starts afresh. */
  finish(text: string, start: number, end: number, line: number): PlaylistEntry {
    const header = this.header;
    const url = text.slice(start, end);
    const xtream = this.xtream.read(url, text, start, end);
    const hadExtinf = this.hasExtinf;
    const name = this.name ?? this.tvgName ?? nameFromUrl(url);
    if (!hadExtinf)
      this.warnings.add('URL_WITHOUT_EXTINF', line, `A URL without #EXTINF was named "${name}" after its URL`);
    const kind = xtream === undefined ? 'live' : xtream.kind;
    // The header's catch-up is a default for channels; movies and episodes have nothing to catch up on.
    const catchupMode = this.catchupMode ?? (kind === 'live' ? header.catchup : undefined);
    const catchup: PlaylistCatchup | undefined =
      catchupMode === undefined
        ? undefined
        : {
            mode: catchupMode,
            days: this.catchupDays ?? this.legacyArchiveDays ?? header.catchupDays,
            source: this.catchupSource ?? header.catchupSource,
          };
    const entry: PlaylistEntry = {
      name,
      url,
      kind,
      tvgId: this.tvgId,
      tvgName: this.tvgName,
      logo: this.logo,
      group: this.groupTitle ?? this.extGroup,
      channelNumber: this.channelNumber,
      duration: this.duration,
      catchup,
      tvgShiftHours: this.tvgShiftHours ?? header.tvgShiftHours,
      userAgent: this.optionUserAgent ?? this.attributeUserAgent,
      referrer: this.optionReferrer ?? this.attributeReferrer,
      kodiProps: this.kodiProps ?? NONE,
      attributes: this.attributes ?? NONE,
      xtream,
      line: hadExtinf ? this.extinfLine : line,
    };
    this.discard();
    return entry;
  }

  /** Forgets the entry being gathered (it had no URL, or it was just built). */
  discard(): void {
    this.hasExtinf = false;
    this.extinfLine = 0;
    this.duration = -1;
    this.attributes = undefined;
    this.name = undefined;
    this.tvgId = undefined;
    this.tvgName = undefined;
    this.logo = undefined;
    this.groupTitle = undefined;
    this.extGroup = undefined;
    this.channelNumber = undefined;
    this.catchupMode = undefined;
    this.catchupDays = undefined;
    this.legacyArchiveDays = undefined;
    this.catchupSource = undefined;
    this.tvgShiftHours = undefined;
    this.optionUserAgent = undefined;
    this.optionReferrer = undefined;
    this.attributeUserAgent = undefined;
    this.attributeReferrer = undefined;
    this.kodiProps = undefined;
  }

  /** The trimmed name at `[start, end)`, or `undefined` when blank. */
  private readName(text: string, start: number, end: number): string | undefined {
    while (start < end && text.charCodeAt(start) <= SPACE) start++;
    while (end > start && text.charCodeAt(end - 1) <= SPACE) end--;
    if (start === end) return undefined;
    // The name usually repeats tvg-name: compared in place, so one string serves both.
    const tvgName = this.tvgName;
    if (tvgName !== undefined && tvgName.length === end - start && sameText(text, start, tvgName)) return tvgName;
    return text.slice(start, end);
  }

  private applyKnown(meaning: AttributeMeaning, value: string): void {
    switch (meaning) {
      case 'tvg-id':
        this.tvgId = present(value);
        break;
      case 'tvg-name':
        this.tvgName = present(value);
        break;
      case 'tvg-logo':
        this.logo = present(value);
        break;
      case 'group-title': {
        const group = present(value);
        this.groupTitle = group === value ? group : group === undefined ? undefined : this.pool.share(group);
        break;
      }
      case 'tvg-chno':
        this.channelNumber = parseNumber(value);
        break;
      case 'catchup': {
        const mode = present(value);
        this.catchupMode = mode === undefined ? undefined : this.pool.share(mode.toLowerCase());
        break;
      }
      case 'catchup-days':
        this.catchupDays = parseNumber(value);
        break;
      case 'catchup-source':
        this.catchupSource = present(value);
        break;
      case 'tvg-shift':
        this.tvgShiftHours = parseNumber(value);
        break;
      case 'archive-days':
        this.legacyArchiveDays = parseNumber(value);
        break;
      case 'user-agent':
        this.attributeUserAgent = present(value);
        break;
      case 'referrer':
        this.attributeReferrer = present(value);
        break;
    }
  }
}

/** `value` without surrounding blanks, or `undefined` when nothing is left (missing is never `""`). */
function present(value: string): string | undefined {
  const length = value.length;
  if (length === 0) return undefined;
  if (value.charCodeAt(0) > SPACE && value.charCodeAt(length - 1) > SPACE) return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Whether `text` holds `value` at `start` (kept local: it runs for most entries). */
function sameText(text: string, start: number, value: string): boolean {
  for (let i = 0; i < value.length; i++) if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
}

/** Skips the `:` after a directive token and the blanks around it. */
function skipSeparator(text: string, start: number, end: number): number {
  start = skipBlanks(text, start, end);
  if (start < end && text.charCodeAt(start) === 58 /* : */) start = skipBlanks(text, start + 1, end);
  return start;
}

function isOneOf(text: string, start: number, end: number, ...lowerNames: string[]): boolean {
  for (const name of lowerNames)
    if (end - start === name.length && equalsAtIgnoringCase(text, start, name)) return true;
  return false;
}
