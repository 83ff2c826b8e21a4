/** One-call ways to run the XMLTV parser over a stream or a whole text. */
import { createXmltvParser } from './parser';
import type { XmltvParserOptions, XmltvSummary } from './types';

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { getReader?: unknown }).getReader === 'function'
  );
}

/**
 * Parses a guide from a byte stream: a fetch body (`ReadableStream`) or any async iterable of chunks (a Node
 * stream). Stops reading, and cancels the stream, as soon as the parser gives up (e.g. the body is an HTML page).
 * Resolves with the summary; rejects only when the stream itself fails.
 *
 * @example
 * ```ts
 * const response = await fetch(url);
 * const summary = await parseXmltvFromStream(response.body!, { onProgramme: builder.addProgramme });
 * ```
 */
export async function parseXmltvFromStream(
  readable: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: XmltvParserOptions = {},
): Promise<XmltvSummary> {
  const parser = createXmltvParser(options);
  if (isReadableStream(readable)) {
    const reader = readable.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value) parser.push(value);
        if (parser.stopped) {
          await reader.cancel();
          break;
        }
      }
    } finally {
      reader.releaseLock();
    }
    return parser.end();
  }
  for await (const chunk of readable) {
    parser.push(chunk);
    // Leaving the loop early closes the iterator, which destroys a Node stream.
    if (parser.stopped) break;
  }
  return parser.end();
}

/** Parses a guide that is already a string (e.g. a small test guide or text from an engine without streams). */
export function parseXmltvText(text: string, options: XmltvParserOptions = {}): XmltvSummary {
  const parser = createXmltvParser(options);
  parser.push(text);
  return parser.end();
}
