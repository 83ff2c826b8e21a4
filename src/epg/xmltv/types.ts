/** What the XMLTV parser emits and reports. Times are milliseconds since the Unix epoch (UTC). */

/** A `<channel>` of the guide. */
export interface XmltvChannel {
  /** The `id` attribute; Xtream panels use the stream's `epg_channel_id` here. */
  id: string;
  /** The display name in the preferred language, else the first one; `undefined` when the channel has none. */
  name: string | undefined;
  /** Every `<display-name>`, in document order (used to match channels by name). */
  displayNames: string[];
  /** `<icon src>`, when given. */
  icon: string | undefined;
}

/** Season and episode of a programme, 1-based as a viewer reads them. */
export interface XmltvEpisode {
  season: number | undefined;
  episode: number | undefined;
  /** Part number (1-based) when the programme is one part of several. */
  part: number | undefined;
  /** The `onscreen` form as the guide wrote it, e.g. `S02E05`. */
  onscreen: string | undefined;
}

/** A `<programme>` of the guide. */
export interface XmltvProgramme {
  /** The `channel` attribute (a channel id). */
  channel: string;
  start: number;
  /**
   * End time. A programme without `stop` ends at its `<length>`, else at the next programme's start on the same
   * channel; it stays `undefined` only for the last programme of a channel that has neither.
   */
  stop: number | undefined;
  /** Title in the preferred language, else the first one; `''` when the programme has no title. */
  title: string;
  subTitle: string | undefined;
  description: string | undefined;
  /** Categories in one language (the preferred one when present), without repeats. */
  categories: readonly string[];
  icon: string | undefined;
  episode: XmltvEpisode | undefined;
}

/** Stable codes of the problems the parser reports. */
export type XmltvIssueCode =
  /** The input is not an XMLTV guide (no `<tv>` root within the first KB, or text/another root instead). */
  | 'NOT_XMLTV'
  /** The input ends inside an element or a markup token: what was complete has been kept. */
  | 'TRUNCATED'
  /** A mismatched or stray end tag, or a token too long to be real. */
  | 'MALFORMED'
  /** The gzip stream is corrupt. */
  | 'BAD_GZIP'
  /** The declared encoding is not supported: the text was decoded as UTF-8. */
  | 'UNKNOWN_ENCODING'
  /** A named entity outside the five XML ones, kept as text. */
  | 'UNKNOWN_ENTITY'
  /** A programme whose `start` (skipped) or `stop` (ignored) is not an XMLTV time. */
  | 'BAD_TIME'
  /** A programme without a `channel` attribute, or a channel without an `id` (skipped). */
  | 'MISSING_ID'
  /** Summary: programmes dropped because they repeat the previous one on their channel. */
  | 'DUPLICATE_PROGRAMMES'
  /** Summary: programmes that start before the previous one on their channel ends (kept). */
  | 'OVERLAPPING_PROGRAMMES'
  /** Summary: programmes for a channel the guide did not declare before them (kept). */
  | 'UNKNOWN_CHANNELS';

/** One problem found in the input. */
export interface XmltvIssue {
  code: XmltvIssueCode;
  message: string;
  /** 1-based line of the input where the problem was noticed, when it belongs to one place. */
  line: number | undefined;
}

/** The outcome of a parse: counts and problems. */
export interface XmltvSummary {
  /** `true` when the document was read to its closing `</tv>` without errors. */
  complete: boolean;
  /** `false` when the parser gave up early (`NOT_XMLTV`, `BAD_GZIP`, a runaway token): the rest was not read. */
  ok: boolean;
  channels: number;
  /** Programmes emitted to `onProgramme`. */
  programmes: number;
  duplicatesDropped: number;
  overlapping: number;
  /** Programmes emitted although their channel was not declared before them. */
  unknownChannelProgrammes: number;
  /** Programmes skipped for a missing channel or an unreadable start. */
  skippedProgrammes: number;
  /** The encoding the bytes were decoded with (`'utf-8'`, `'windows-1252'`, …), or `'text'` for string input. */
  encoding: string;
  /** Whether the input was gzip (detected from its first bytes). */
  gzip: boolean;
  /** Bytes received (compressed bytes for gzip input); characters for string input. */
  inputLength: number;
  errors: XmltvIssue[];
  /** The first warnings (at most {@link XmltvParserOptions.maxIssues} are kept); `warningCount` counts them all. */
  warnings: XmltvIssue[];
  warningCount: number;
}

/** Options of {@link createXmltvParser}. */
export interface XmltvParserOptions {
  onChannel?: (channel: XmltvChannel) => void;
  onProgramme?: (programme: XmltvProgramme) => void;
  /** Called for every error and warning as it is found. */
  onIssue?: (issue: XmltvIssue) => void;
  /** The UI language (`'en'`, `'fr-CA'`): titles, descriptions and categories in it are preferred. */
  language?: string;
  /** Use `TextDecoder` when the engine has it (default `true`); `false` forces the built-in decoders. */
  useTextDecoder?: boolean;
  /** Errors and warnings kept in the summary, each (default 100). */
  maxIssues?: number;
  /** Characters read without finding the `<tv>` root before giving up with `NOT_XMLTV` (default 16 KiB). */
  sniffLimit?: number;
  /** Longest single token (tag or text run) accepted before giving up with `MALFORMED` (default 8 MiB). */
  maxTokenLength?: number;
}

/** The byte-level streaming parser returned by {@link createXmltvParser}. */
export interface XmltvParser {
  /** Feeds the next chunk: bytes (gzip or plain, any supported encoding) or already-decoded text. */
  push(chunk: Uint8Array | string): void;
  /** Ends the input: flushes what is pending and returns the summary. */
  end(): XmltvSummary;
  /** `true` once the parser gave up (see {@link XmltvSummary.ok}); further chunks are ignored. */
  readonly stopped: boolean;
}
