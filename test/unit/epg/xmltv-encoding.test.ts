import { createStreamDecoder, type SupportedEncoding } from '../../../src/epg/xmltv/text-decoding';
import { parseChunks, parseWhole, seededRandom, splitAt } from './support';

/** A one-channel guide whose display name is `name`, encoded byte by byte from `prefix` + ASCII markup. */
function guideBytes(declaration: string, nameBytes: number[]): Uint8Array {
  const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
  return Uint8Array.from([
    ...ascii(`${declaration}<tv><channel id="c"><display-name>`),
    ...nameBytes,
    ...ascii('</display-name></channel></tv>'),
  ]);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
    bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
  }
  return bytes;
}

describe('guide encodings', () => {
  it.each([true, false])(
    'reads an ISO-8859-1 guide, with its windows-1252 quotes (native decoder: %s)',
    (useTextDecoder) => {
      // "Télé £5 für ’Ü’": 0x92 is a curly quote in windows-1252, which browsers use for ISO-8859-1 too.
      const bytes = guideBytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        [0x54, 0xe9, 0x6c, 0xe9, 0x20, 0xa3, 0x35, 0x20, 0x66, 0xfc, 0x72, 0x20, 0x92, 0xdc, 0x92],
      );
      const { channels, summary } = parseWhole(bytes, { useTextDecoder });
      expect(channels[0].name).toBe('Télé £5 für ’Ü’');
      expect(summary.encoding).toBe('windows-1252');
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(parseChunks(splitAt(bytes, [cut]), { useTextDecoder }).channels[0].name).toBe('Télé £5 für ’Ü’');
      }
    },
  );

  it.each([
    ["encoding='latin1'", 'windows-1252'],
    ['encoding="windows-1252"', 'windows-1252'],
    ['encoding="UTF-8"', 'utf-8'],
    ['', 'utf-8'],
  ])('takes the encoding from a declaration with %s', (attribute, encoding) => {
    const declaration = attribute ? `<?xml version="1.0" ${attribute} ?>\n` : '';
    expect(parseWhole(guideBytes(declaration, [0x41])).summary.encoding).toBe(encoding);
  });

  it('lets a UTF-8 BOM win over a declaration that says otherwise', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...guideBytes('<?xml version="1.0" encoding="ISO-8859-1"?>', [0xc3, 0xa9]),
    ]);
    const { channels, summary } = parseWhole(bytes);
    expect(channels[0].name).toBe('é');
    expect(summary).toMatchObject({ encoding: 'utf-8', errors: [] });
  });

  it.each([
    [false, true],
    [false, false],
    [true, true],
    [true, false],
  ])('reads UTF-16 with a BOM (big-endian: %s, native decoder: %s) at every split', (bigEndian, useTextDecoder) => {
    const bytes = utf16(
      '<?xml version="1.0" encoding="UTF-16"?><tv><channel id="c"><display-name>Канал 😀</display-name></channel></tv>',
      bigEndian,
    );
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const { channels, summary } = parseChunks(splitAt(bytes, [cut]), { useTextDecoder });
      expect(channels[0].name).toBe('Канал 😀');
      expect(summary.encoding).toBe(bigEndian ? 'utf-16be' : 'utf-16le');
    }
  });

  it('reads a declaration that claims UTF-16 over single bytes as UTF-8', () => {
    expect(parseWhole(guideBytes('<?xml version="1.0" encoding="UTF-16"?>', [0xc3, 0xa9])).channels[0].name).toBe('é');
  });

  it('strips a BOM from text input', () => {
    expect(parseWhole('\ufeff<tv><channel id="c"/></tv>').summary).toMatchObject({ complete: true, channels: 1 });
  });

  describe('the built-in decoders decode like TextDecoder, chunk by chunk', () => {
    const random = seededRandom(7);
    const samples: Uint8Array[] = [
      new TextEncoder().encode('plain ASCII, é, Ж, €, 📺, 𝄞 and 中文'),
      // Broken UTF-8: lone continuation, truncated sequences, overlong, surrogate, out of range.
      Uint8Array.of(
        0x41,
        0x80,
        0xc3,
        0x41,
        0xe2,
        0x82,
        0x41,
        0xc0,
        0xaf,
        0xed,
        0xa0,
        0x80,
        0xf4,
        0x90,
        0x80,
        0x80,
        0xf0,
        0x9f,
        0x98,
      ),
      Uint8Array.from({ length: 3000 }, () => Math.floor(random() * 256)),
    ];
    const encodings: SupportedEncoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

    /** windows-1252 as the Encoding Standard defines it (Node's own TextDecoder maps some bytes as ISO-8859-1). */
    const windows1252 = (bytes: Uint8Array): string => {
      const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
      return Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
    };

    it.each(encodings)('%s', (encoding) => {
      for (const bytes of samples) {
        const expected =
          encoding === 'windows-1252'
            ? windows1252(bytes)
            : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
        for (let round = 0; round < 20; round++) {
          const decoder = createStreamDecoder(encoding, false);
          const cuts = Array.from({ length: round }, () => Math.floor(random() * bytes.length));
          const text =
            splitAt(bytes, cuts)
              .map((piece) => decoder.decode(piece))
              .join('') + decoder.flush();
          expect(text).toBe(expected);
        }
      }
    });
  });
});
