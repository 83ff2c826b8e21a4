/** XML entity and character-reference decoding for text and attribute values. */

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Longest reference we look for after `&` before deciding the ampersand is a bare one. */
const MAX_REFERENCE = 32;

function fromCodePoint(code: number): string | undefined {
  if (!(code >= 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  if (code < 0x10000) return String.fromCharCode(code);
  const c = code - 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
}

/**
 * Replaces the five XML entities and decimal/hex character references in `text`. Unknown named entities (HTML's
 * `&nbsp;`, `&eacute;` that some guides carry) and bare ampersands are kept as written; `onUnknown` hears each
 * unknown name.
 */
export function decodeEntities(text: string, onUnknown?: (name: string) => void): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  while (at >= 0) {
    const semi = text.indexOf(';', at + 1);
    if (semi < 0 || semi - at > MAX_REFERENCE) {
      at = text.indexOf('&', at + 1);
      continue;
    }
    const name = text.slice(at + 1, semi);
    let replacement: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
      const digits = hex ? name.slice(2) : name.slice(1);
      if (digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        replacement = fromCodePoint(parseInt(digits, hex ? 16 : 10));
      }
    } else {
      replacement = XML_ENTITIES[name];
      if (replacement === undefined && onUnknown && /^[A-Za-z][A-Za-z0-9._-]*$/.test(name)) onUnknown(name);
    }
    if (replacement !== undefined) {
      out += text.slice(copied, at) + replacement;
      copied = semi + 1;
      at = text.indexOf('&', semi + 1);
    } else {
      at = text.indexOf('&', at + 1);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
