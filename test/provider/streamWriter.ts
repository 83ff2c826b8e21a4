/** Writes a long text answer piece by piece, respecting backpressure, without building it whole. */
import type { Writable } from 'node:stream';

const FLUSH_CHARS = 64 * 1024;

/** Resolves when the stream wants more data, or has closed (true) / failed. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * Writes the pieces in batches of about 64 KB, waiting for `drain` whenever the stream's buffer is full, and
 * ends the stream. Stops early (without throwing) when the stream is destroyed or the signal aborts.
 */
export async function writePieces(stream: Writable, pieces: Iterable<string>, signal?: AbortSignal): Promise<void> {
  let batch = '';
  const stopped = (): boolean => stream.destroyed || stream.writableEnded || signal?.aborted === true;
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < FLUSH_CHARS) continue;
    if (stopped()) return;
    const more = stream.write(batch);
    batch = '';
    if (!more) await drained(stream);
  }
  if (stopped()) return;
  stream.end(batch);
}
