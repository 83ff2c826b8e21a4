/**
 * The streaming XMLTV parser: bytes or text in, channels and programmes out through callbacks, as the chunks
 * arrive. It holds one chunk and one incomplete token at most, never the document, and does no I/O, so it runs
 * the same in Node and on a TV.
 */
import { ByteInput } from './byte-input';
import { GuideAssembler } from './guide-assembler';
import { IssueLog } from './issues';
import { primaryLanguage } from './language';
import { MarkupScanner } from './markup-scanner';
import { ProgrammeSequencer } from './programme-sequencer';
import type { XmltvParser, XmltvParserOptions, XmltvSummary } from './types';

/** Defaults of {@link XmltvParserOptions}. */
export const DEFAULT_XMLTV_PARSER_OPTIONS = {
  useTextDecoder: true,
  maxIssues: 100,
  sniffLimit: 16 * 1024,
  maxTokenLength: 4 * 1024 * 1024,
} as const;

/**
 * Creates a streaming XMLTV parser. Push chunks as they arrive (bytes: gzip is recognised by its magic bytes and
 * the encoding by BOM or XML declaration; or text already decoded, but not both kinds in one parse), then call
 * `end()` for the summary. Problems never throw: they are reported in the summary (and to `onIssue`), with the
 * line where they were found. Strings in the emitted records may share memory with the chunk they came from: keep
 * copies when holding many of them (the guide index does).
 *
 * @example
 * ```ts
 * const parser = createXmltvParser({ language: 'en', onProgramme: (p) => builder.addProgramme(p) });
 * for await (const chunk of body) parser.push(chunk);
 * const summary = parser.end();
 * ```
 */
export function createXmltvParser(options: XmltvParserOptions = {}): XmltvParser {
  const maxIssues = options.maxIssues ?? DEFAULT_XMLTV_PARSER_OPTIONS.maxIssues;
  const sniffLimit = options.sniffLimit ?? DEFAULT_XMLTV_PARSER_OPTIONS.sniffLimit;
  const maxTokenLength = options.maxTokenLength ?? DEFAULT_XMLTV_PARSER_OPTIONS.maxTokenLength;
  const issues = new IssueLog(maxIssues, options.onIssue);
  const onProgramme = options.onProgramme;
  const sequencer = new ProgrammeSequencer(onProgramme ? onProgramme : () => undefined);
  const assembler: GuideAssembler = new GuideAssembler(
    // Called only while the scanner runs, so `markup` exists by then.
    (at: number): number => markup.lineAt(at),
    issues,
    sequencer,
    primaryLanguage(options.language),
    options.onChannel,
  );
  const markup: MarkupScanner = new MarkupScanner(assembler);
  let charsSeen = 0;
  let mode: 'bytes' | 'text' | undefined;
  let ended: XmltvSummary | undefined;

  const onText = (text: string): void => {
    if (issues.stopped) return;
    if (charsSeen === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    charsSeen += text.length;
    markup.feed(text);
    if (!assembler.rootSeen && !issues.stopped && charsSeen > sniffLimit) {
      issues.fail(
        'NOT_XMLTV',
        `This is not an XMLTV guide: no <tv> element in its first ${sniffLimit} characters.`,
        undefined,
      );
    } else if (markup.pendingLength > maxTokenLength) {
      issues.fail(
        'MALFORMED',
        `A tag or text longer than ${maxTokenLength} characters: the guide is unreadable.`,
        markup.lineAt(markup.tailPosition),
      );
    }
    if (issues.stopped) assembler.halted = true;
  };
  const bytes = new ByteInput(onText, issues, options.useTextDecoder ?? DEFAULT_XMLTV_PARSER_OPTIONS.useTextDecoder);

  function push(chunk: Uint8Array | string): void {
    if (ended) throw new Error('push() after end()');
    if (issues.stopped) return;
    const kind = typeof chunk === 'string' ? 'text' : 'bytes';
    if (mode && mode !== kind) throw new TypeError('A parse takes either bytes or text, not both');
    mode = kind;
    if (typeof chunk === 'string') {
      if (chunk.length) onText(chunk);
    } else {
      bytes.push(chunk);
      if (issues.stopped) assembler.halted = true;
    }
  }

  function end(): XmltvSummary {
    if (ended) return ended;
    if (mode !== 'text') bytes.end();
    if (!issues.stopped) reportEnding();
    sequencer.flush();
    reportCounts();
    ended = {
      complete: assembler.rootClosed && issues.errors.length === 0,
      ok: !issues.stopped,
      channels: assembler.channels,
      programmes: sequencer.emitted,
      duplicatesDropped: sequencer.duplicates,
      overlapping: sequencer.overlapping,
      unknownChannelProgrammes: sequencer.unknownChannel,
      skippedProgrammes: assembler.skippedProgrammes,
      encoding: mode === 'text' ? 'text' : bytes.encoding,
      gzip: bytes.gzip,
      inputLength: mode === 'text' ? charsSeen : bytes.byteCount,
      errors: issues.errors,
      warnings: issues.warnings,
      warningCount: issues.warningCount,
    };
    return ended;
  }

  /** At the end of input: was there a guide at all, and did it stop in the middle of something? */
  function reportEnding(): void {
    if (!assembler.rootSeen) {
      const what = charsSeen === 0 ? 'the input is empty' : 'it has no <tv> element';
      issues.fail('NOT_XMLTV', `This is not an XMLTV guide: ${what}.`, undefined);
      return;
    }
    const tail = markup.tailPreview(40).trim();
    const open = assembler.openElement;
    if (open === undefined && (tail === '' || assembler.rootClosed)) return;
    const line = markup.lineAt(markup.tailPosition + markup.pendingLength);
    const inside = open !== undefined ? ` inside <${open}>` : '';
    const cut = tail !== '' ? ` in the middle of "${tail}"` : '';
    issues.report('TRUNCATED', `The guide is cut off at line ${line}${inside}${cut}; what came before is kept.`, line);
  }

  function reportCounts(): void {
    if (sequencer.duplicates > 0) {
      issues.report(
        'DUPLICATE_PROGRAMMES',
        `${sequencer.duplicates} programmes repeat the previous one on their channel and were dropped.`,
        undefined,
      );
    }
    if (sequencer.overlapping > 0) {
      issues.report(
        'OVERLAPPING_PROGRAMMES',
        `${sequencer.overlapping} programmes start before the previous one on their channel ends.`,
        undefined,
      );
    }
    if (sequencer.unknownChannel > 0) {
      issues.report(
        'UNKNOWN_CHANNELS',
        `${sequencer.unknownChannel} programmes belong to channels the guide does not declare.`,
        undefined,
      );
    }
  }

  return {
    push,
    end,
    get stopped() {
      return issues.stopped;
    },
  };
}
