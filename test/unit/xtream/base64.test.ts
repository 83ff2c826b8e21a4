import { base64ToBytes, decodeEpgText, decodeUtf8, decodeUtf8ByHand } from '../../../src/xtream/base64';

const SAMPLE = 'Ñandú Noticias – 日本';
const SAMPLE_B64 = Buffer.from(SAMPLE, 'utf8').toString('base64');

describe('decodeEpgText', () => {
  it('decodes base64 of UTF-8 (not Latin-1)', () => {
    expect(decodeEpgText(SAMPLE_B64)).toBe(SAMPLE);
  });

  it('accepts the URL-safe alphabet and missing padding', () => {
    const urlSafe = Buffer.from(SAMPLE, 'utf8').toString('base64url');
    expect(urlSafe).not.toContain('=');
    expect(decodeEpgText(urlSafe)).toBe(SAMPLE);
    expect(decodeEpgText('ZmFrZSBwcm9ncmFtbWU')).toBe('fake programme');
  });

  it('decodes emoji (4-byte UTF-8) into surrogate pairs', () => {
    expect(decodeEpgText(Buffer.from('Live ⚽🎬', 'utf8').toString('base64'))).toBe('Live ⚽🎬');
  });

  it('keeps plain text that some panels send instead of base64', () => {
    expect(decodeEpgText('News')).toBe('News');
    expect(decodeEpgText('Evening News at 8')).toBe('Evening News at 8');
    expect(decodeEpgText('Ñandú')).toBe('Ñandú');
    expect(decodeEpgText('')).toBe('');
  });

  it('works without TextDecoder, as on old TV engines', () => {
    const saved = globalThis.TextDecoder;
    try {
      // @ts-expect-error simulating an engine that lacks TextDecoder
      delete globalThis.TextDecoder;
      expect(typeof TextDecoder).toBe('undefined');
      expect(decodeEpgText(SAMPLE_B64)).toBe(SAMPLE);
      expect(decodeEpgText('News')).toBe('News');
    } finally {
      globalThis.TextDecoder = saved;
    }
  });
});

describe('decodeUtf8ByHand', () => {
  it('agrees with TextDecoder on valid text', () => {
    const bytes = new Uint8Array(Buffer.from(`${SAMPLE} 🎬 \u0000 \u07ff \uffff`, 'utf8'));
    expect(decodeUtf8ByHand(bytes)).toBe(decodeUtf8(bytes));
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence', [0xe6, 0x97]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('rejects %s', (_what, bytes) => {
    expect(decodeUtf8ByHand(new Uint8Array(bytes))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array(bytes))).toBeUndefined();
  });
});

describe('base64ToBytes', () => {
  it('decodes standard base64 with and without padding, ignoring line breaks', () => {
    expect(Array.from(base64ToBytes('AQID') ?? [])).toEqual([1, 2, 3]);
    expect(Array.from(base64ToBytes('AQI=') ?? [])).toEqual([1, 2]);
    expect(Array.from(base64ToBytes('AQI') ?? [])).toEqual([1, 2]);
    expect(Array.from(base64ToBytes('AQ\nID') ?? [])).toEqual([1, 2, 3]);
  });

  it('refuses characters outside the alphabets and impossible lengths', () => {
    expect(base64ToBytes('a b!')).toBeUndefined();
    expect(base64ToBytes('abcde')).toBeUndefined();
  });
});
