/**
 * From bytes to text: which encoding a guide uses (BOM, then the XML declaration) and a streaming decoder for it,
 * native `TextDecoder` when the engine has one, our own decoders otherwise.
 */
import { codeUnitsToString, Utf8StreamDecoder, type StreamDecoder } from './utf8-decoder';

/** The encodings we decode, named as `TextDecoder` names them. */
export type SupportedEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Declared labels we accept. Browsers decode every ISO-8859-1/ASCII label as windows-1252 (the bytes 0x80–0x9F
 * are its curly quotes and euro sign in real guides), and so do we.
 */
const LABELS: Readonly<Record<string, SupportedEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** The encoding a declared label means, or undefined when we do not support it. */
export function encodingForLabel(label: string): SupportedEncoding | undefined {
  return LABELS[label.trim().toLowerCase()];
}

/** What the first bytes say: the encoding and how many BOM bytes to skip, or `declared` for the XML declaration. */
export interface Sniffed {
  /** Encoding chosen from a BOM; undefined when there is none. */
  fromBom: SupportedEncoding | undefined;
  bomLength: number;
  /** The `encoding="…"` of the XML declaration, when there is one. */
  declared: string | undefined;
}

/** Bytes we look at for an XML declaration before giving up on finding one. */
export const DECLARATION_WINDOW = 1024;

/**
 * Reads the BOM and the XML declaration from the first bytes. Returns undefined while more bytes are needed
 * (and `final` is false).
 */
export function sniffEncoding(head: Uint8Array, final: boolean): Sniffed | undefined {
  if (head.length < 3 && !final) return undefined;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { fromBom: 'utf-8', bomLength: 3, declared: undefined };
  if (head[0] === 0xff && head[1] === 0xfe) return { fromBom: 'utf-16le', bomLength: 2, declared: undefined };
  if (head[0] === 0xfe && head[1] === 0xff) return { fromBom: 'utf-16be', bomLength: 2, declared: undefined };
  const prefix = '<?xml';
  for (let i = 0; i < prefix.length; i++) {
    if (i >= head.length) return final ? { fromBom: undefined, bomLength: 0, declared: undefined } : undefined;
    if (head[i] !== prefix.charCodeAt(i)) return { fromBom: undefined, bomLength: 0, declared: undefined };
  }
  const limit = Math.min(head.length, DECLARATION_WINDOW);
  let end = -1;
  for (let i = 5; i + 1 < limit; i++) {
    if (head[i] === 0x3f && head[i + 1] === 0x3e) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    if (!final && head.length < DECLARATION_WINDOW) return undefined;
    return { fromBom: undefined, bomLength: 0, declared: undefined };
  }
  const declaration = String.fromCharCode.apply(null, head.subarray(0, end) as unknown as number[]);
  const match = /encoding\s*=\s*["']([^"']*)["']/.exec(declaration);
  return { fromBom: undefined, bomLength: 0, declared: match ? match[1] : undefined };
}

/** The windows-1252 characters of bytes 0x80–0x9F (the undefined ones map to the same C1 code point). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** windows-1252 (and so ISO-8859-1) without `TextDecoder`: one byte, one character. */
class Windows1252StreamDecoder implements StreamDecoder {
  private units = new Uint16Array(0);

  decode(bytes: Uint8Array): string {
    if (this.units.length < bytes.length) this.units = new Uint16Array(bytes.length);
    const units = this.units;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b;
    }
    return codeUnitsToString(units, bytes.length);
  }

  flush(): string {
    return '';
  }
}

/**
 * UTF-16 without `TextDecoder`: byte pairs; an odd byte or a high surrogate waits for the next chunk, and unpaired
 * surrogates become U+FFFD as `TextDecoder` makes them.
 */
class Utf16StreamDecoder implements StreamDecoder {
  private carryByte = -1;
  private carryUnit = -1;

  constructor(private readonly bigEndian: boolean) {}

  decode(input: Uint8Array): string {
    let bytes = input;
    if (this.carryByte >= 0) {
      bytes = new Uint8Array(input.length + 1);
      bytes[0] = this.carryByte;
      bytes.set(input, 1);
      this.carryByte = -1;
    }
    const pairs = bytes.length >> 1;
    const units = new Uint16Array(pairs + 1);
    let count = 0;
    if (this.carryUnit >= 0) units[count++] = this.carryUnit;
    this.carryUnit = -1;
    for (let i = 0; i < pairs; i++) {
      const a = bytes[2 * i];
      const b = bytes[2 * i + 1];
      units[count++] = this.bigEndian ? (a << 8) | b : (b << 8) | a;
    }
    if (bytes.length & 1) this.carryByte = bytes[bytes.length - 1];
    if (count > 0 && units[count - 1] >= 0xd800 && units[count - 1] <= 0xdbff) this.carryUnit = units[--count];
    repairSurrogates(units, count);
    return codeUnitsToString(units, count);
  }

  flush(): string {
    const had = this.carryByte >= 0 || this.carryUnit >= 0;
    this.carryByte = -1;
    this.carryUnit = -1;
    return had ? '\ufffd' : '';
  }
}

/** Replaces unpaired surrogates in `units[0..count)` with U+FFFD. */
function repairSurrogates(units: Uint16Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const unit = units[i];
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && i + 1 < count && units[i + 1] >= 0xdc00 && units[i + 1] <= 0xdfff) i++;
    else units[i] = 0xfffd;
  }
}

/** The native streaming decoder, or undefined when the engine has none for `encoding`. */
function nativeDecoder(encoding: SupportedEncoding): StreamDecoder | undefined {
  if (typeof TextDecoder !== 'function') return undefined;
  let decoder: TextDecoder;
  try {
    // The BOM is already skipped; a second one would be content.
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
  } catch {
    return undefined;
  }
  return {
    decode: (bytes) => decoder.decode(bytes, { stream: true }),
    flush: () => decoder.decode(),
  };
}

/**
 * A streaming decoder for `encoding`: native when allowed and available, else ours. windows-1252 is always ours:
 * it is one table, and some engines' `TextDecoder` map its 0x80–0x9F bytes as ISO-8859-1 control characters.
 */
export function createStreamDecoder(encoding: SupportedEncoding, useNative: boolean): StreamDecoder {
  const native = useNative && encoding !== 'windows-1252' ? nativeDecoder(encoding) : undefined;
  if (native) return native;
  if (encoding === 'utf-8') return new Utf8StreamDecoder();
  if (encoding === 'windows-1252') return new Windows1252StreamDecoder();
  return new Utf16StreamDecoder(encoding === 'utf-16be');
}
