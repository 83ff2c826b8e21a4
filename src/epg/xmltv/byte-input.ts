/**
 * The byte side of the parser: gzip detected from its magic bytes and inflated as it streams (fflate; TV engines
 * lack `DecompressionStream`), the encoding sniffed from the first bytes, then decoded chunk by chunk into text.
 */
import { Gunzip } from 'fflate';
import type { IssueLog } from './issues';
import { createStreamDecoder, encodingForLabel, sniffEncoding, type SupportedEncoding } from './text-decoding';
import type { StreamDecoder } from './utf8-decoder';

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** Turns pushed bytes into text handed to `onText`. */
export class ByteInput {
  /** Bytes received so far (compressed bytes when the input is gzip). */
  byteCount = 0;
  gzip = false;
  encoding: SupportedEncoding = 'utf-8';

  private started = false;
  private head: Uint8Array = new Uint8Array(0);
  private gunzip: Gunzip | undefined;
  private sniffing: Uint8Array | undefined = new Uint8Array(0);
  private decoder: StreamDecoder | undefined;

  constructor(
    private readonly onText: (text: string) => void,
    private readonly issues: IssueLog,
    private readonly useNativeDecoder: boolean,
  ) {}

  push(bytes: Uint8Array): void {
    this.byteCount += bytes.length;
    if (!this.started) {
      // Two bytes decide gzip or not; a first chunk of one byte waits for the next.
      this.head = this.head.length ? concat(this.head, bytes) : bytes;
      if (this.head.length < 2) return;
      this.begin();
      const first = this.head;
      this.head = new Uint8Array(0);
      this.route(first, false);
      return;
    }
    this.route(bytes, false);
  }

  end(): void {
    if (!this.started) {
      this.begin();
      this.route(this.head, true);
    } else {
      this.route(new Uint8Array(0), true);
    }
  }

  private begin(): void {
    this.started = true;
    this.gzip = this.head.length >= 2 && this.head[0] === 0x1f && this.head[1] === 0x8b;
    if (this.gzip) this.gunzip = new Gunzip((data, final) => this.plain(data, final));
  }

  private route(bytes: Uint8Array, final: boolean): void {
    if (this.issues.stopped) return;
    if (!this.gunzip) {
      this.plain(bytes, final);
      return;
    }
    try {
      this.gunzip.push(bytes, final);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (final && /unexpected EOF/i.test(reason)) {
        // A download cut short: keep what inflated, the parser reports where the text stops.
        this.plain(new Uint8Array(0), true);
        return;
      }
      this.issues.fail('BAD_GZIP', `The guide is gzip but cannot be inflated (${reason}).`, undefined);
    }
  }

  /** Uncompressed bytes: sniff the encoding from the first ones, then decode. */
  private plain(bytes: Uint8Array, final: boolean): void {
    if (this.issues.stopped) return;
    if (this.sniffing) {
      this.sniffing = this.sniffing.length ? concat(this.sniffing, bytes) : bytes;
      const sniffed = sniffEncoding(this.sniffing, final);
      if (!sniffed) return;
      const head = this.sniffing.subarray(sniffed.bomLength);
      this.sniffing = undefined;
      this.decoder = createStreamDecoder(this.chooseEncoding(sniffed.fromBom, sniffed.declared), this.useNativeDecoder);
      bytes = head;
    }
    const decoder = this.decoder as StreamDecoder;
    if (bytes.length) {
      const text = decoder.decode(bytes);
      if (text) this.onText(text);
    }
    if (final) {
      const rest = decoder.flush();
      if (rest) this.onText(rest);
    }
  }

  private chooseEncoding(fromBom: SupportedEncoding | undefined, declared: string | undefined): SupportedEncoding {
    if (fromBom) return (this.encoding = fromBom);
    if (declared === undefined) return (this.encoding = 'utf-8');
    const known = encodingForLabel(declared);
    if (!known) {
      this.issues.report(
        'UNKNOWN_ENCODING',
        `The guide declares encoding "${declared}", which is not supported: reading it as UTF-8.`,
        1,
      );
      return (this.encoding = 'utf-8');
    }
    // A declaration we could read byte by byte is not UTF-16, whatever it says.
    return (this.encoding = known === 'utf-16le' || known === 'utf-16be' ? 'utf-8' : known);
  }
}
