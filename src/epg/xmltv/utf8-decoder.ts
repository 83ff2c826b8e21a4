/**
 * Incremental UTF-8 decoding for engines without a streaming `TextDecoder`: a chunk may end inside a character,
 * whose first bytes wait for the next chunk. Invalid sequences become U+FFFD, as `TextDecoder` does.
 */

/** Turns bytes into text chunk by chunk. */
export interface StreamDecoder {
  decode(bytes: Uint8Array): string;
  /** Ends the input: returns what a trailing incomplete character becomes. */
  flush(): string;
}

/** `String.fromCharCode.apply` takes its arguments on the stack: stay well under every engine's limit. */
const BLOCK = 8192;

/** Text of `units` UTF-16 code units `units[0..length)`. */
export function codeUnitsToString(units: Uint16Array | Uint8Array, length: number): string {
  let out = '';
  for (let at = 0; at < length; at += BLOCK) {
    const block = units.subarray(at, Math.min(length, at + BLOCK));
    out += String.fromCharCode.apply(null, block as unknown as number[]);
  }
  return out;
}

const REPLACEMENT = 0xfffd;

/** How many bytes a sequence starting with `lead` has, or 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Whether `byte` may follow `lead` as the second byte (the ranges that exclude overlongs and surrogates). */
function validSecond(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
  if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
  if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  return byte >= 0x80 && byte <= 0xbf;
}

/** The fallback UTF-8 {@link StreamDecoder}. */
export class Utf8StreamDecoder implements StreamDecoder {
  private pending = new Uint8Array(4);
  private pendingLength = 0;
  private units = new Uint16Array(0);

  decode(input: Uint8Array): string {
    let bytes = input;
    if (this.pendingLength > 0) {
      const joined = new Uint8Array(this.pendingLength + input.length);
      joined.set(this.pending.subarray(0, this.pendingLength));
      joined.set(input, this.pendingLength);
      bytes = joined;
      this.pendingLength = 0;
    }
    if (this.units.length < bytes.length) this.units = new Uint16Array(bytes.length);
    const units = this.units;
    const n = bytes.length;
    let out = 0;
    let i = 0;
    while (i < n) {
      const lead = bytes[i];
      if (lead < 0x80) {
        units[out++] = lead;
        i++;
        continue;
      }
      const length = sequenceLength(lead);
      if (length === 0) {
        units[out++] = REPLACEMENT;
        i++;
        continue;
      }
      // Count the valid continuation bytes available; stop at the first wrong one.
      let have = 1;
      while (have < length && i + have < n) {
        const byte = bytes[i + have];
        if (have === 1 ? !validSecond(lead, byte) : byte < 0x80 || byte > 0xbf) break;
        have++;
      }
      if (have < length) {
        if (i + have >= n) {
          // The character continues in the next chunk.
          this.pending.set(bytes.subarray(i, n));
          this.pendingLength = n - i;
          break;
        }
        units[out++] = REPLACEMENT;
        i += have;
        continue;
      }
      let code: number;
      if (length === 2) code = ((lead & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      else if (length === 3) code = ((lead & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      else
        code =
          ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      if (code >= 0x10000) {
        code -= 0x10000;
        units[out++] = 0xd800 + (code >> 10);
        units[out++] = 0xdc00 + (code & 0x3ff);
      } else {
        units[out++] = code;
      }
      i += length;
    }
    return codeUnitsToString(units, out);
  }

  flush(): string {
    const had = this.pendingLength;
    this.pendingLength = 0;
    return had > 0 ? String.fromCharCode(REPLACEMENT) : '';
  }
}
