// Short-EPG titles and descriptions are base64 of UTF-8 bytes (Q25). atob() alone garbles
// anything beyond ASCII, and old TV engines may lack TextDecoder, so both steps live here.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charAt(i)] = i;
// Be lenient: accept the URL-safe alphabet too.
VALUES['-'] = 62;
VALUES['_'] = 63;

/** The bytes of a base64 string (standard or URL-safe, padding optional), or undefined if it is not base64. */
export function base64ToBytes(input: string): Uint8Array | undefined {
  const clean = input.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < clean.length; i++) {
    const value = VALUES[clean.charAt(i)];
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Strict UTF-8 decoding by hand, for engines without TextDecoder. Undefined for invalid UTF-8. */
export function decodeUtf8ByHand(bytes: Uint8Array): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b0 = bytes[i];
    let need: number;
    let code: number;
    let min: number;
    if (b0 < 0x80) [need, code, min] = [0, b0, 0];
    else if (b0 >= 0xc2 && b0 <= 0xdf) [need, code, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, code, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, code, min] = [3, b0 & 0x07, 0x10000];
    else return undefined;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (b & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    if (code >= 0x10000) {
      code -= 0x10000;
      out += String.fromCharCode(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else {
      out += String.fromCharCode(code);
    }
    i += need + 1;
  }
  return out;
}

/** UTF-8 decoding through TextDecoder when the engine has it, by hand otherwise. Undefined for invalid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (typeof TextDecoder === 'function') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  return decodeUtf8ByHand(bytes);
}

/** Control characters other than tab and line breaks mean the "decoded" text was never base64. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Decodes a base64 EPG text as UTF-8. Some panels send plain text instead; when the input is
 * not base64 of valid UTF-8 text, it is returned unchanged.
 */
export function decodeEpgText(input: string): string {
  if (input === '') return '';
  const bytes = base64ToBytes(input);
  if (!bytes) return input;
  const decoded = decodeUtf8(bytes);
  return decoded === undefined || hasControlCharacters(decoded) ? input : decoded;
}
