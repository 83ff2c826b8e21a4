import { gzipSync } from 'fflate';
import { createXmltvParser, parseXmltvFromStream, parseXmltvText } from '../../../src/epg';
import { parseWhole } from './support';

const encoder = new TextEncoder();

function programme(channel: string, start: string, stop: string, title: string): string {
  return `<programme start="${start} +0000" stop="${stop} +0000" channel="${channel}"><title>${title}</title></programme>\n`;
}

const GUIDE = [
  '<?xml version="1.0" encoding="UTF-8"?>\n<tv>\n<channel id="a"><display-name>A</display-name></channel>\n',
  programme('a', '20261122180000', '20261122190000', 'First'),
  programme('a', '20261122190000', '20261122200000', 'Second'),
  programme('a', '20261122200000', '20261122210000', 'Third'),
  '</tv>\n',
].join('');

/** A lazily produced body of `megabytes` of prose (no markup), counting the chunks actually pulled. */
function proseBody(megabytes: number): { chunks: AsyncGenerator<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = encoder.encode('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1150)); // ~64 KB
  async function* produce(): AsyncGenerator<Uint8Array> {
    for (let sent = 0; sent < megabytes * 1024 * 1024; sent += chunk.length) {
      pulled++;
      yield chunk;
    }
  }
  return { chunks: produce(), pulled: () => pulled };
}

describe('the XMLTV parser on bad input', () => {
  it('keeps the complete programmes of a guide cut mid-element and reports the line', () => {
    const cutInTag = GUIDE.indexOf('start="20261122190000') + 10;
    const { programmes, summary } = parseWhole(encoder.encode(GUIDE.slice(0, cutInTag)));
    expect(programmes.map((p) => p.title)).toEqual(['First']);
    expect(summary.complete).toBe(false);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: 5 })]);
    expect(summary.errors[0].message).toContain('<tv>');

    const cutInTitle = GUIDE.indexOf('Third') + 3;
    const inTitle = parseWhole(GUIDE.slice(0, cutInTitle));
    expect(inTitle.programmes.map((p) => p.title)).toEqual(['First', 'Second']);
    expect(inTitle.summary.errors).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: 6 })]);
    expect(inTitle.summary.errors[0].message).toMatch(/inside <title>.*"Thi"/);
  });

  it('gives up on 200 MB of prose after the first chunk, without reading the rest', async () => {
    const body = proseBody(200);
    const summary = await parseXmltvFromStream(body.chunks);
    expect(summary.ok).toBe(false);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'NOT_XMLTV', line: 1 })]);
    expect(summary.errors[0].message).toContain('Lorem ipsum');
    expect(body.pulled()).toBe(1);
  });

  it('gives up on a blank body after the first few KB, and cancels a web stream', async () => {
    let pulled = 0;
    let cancelled = false;
    const blank = encoder.encode(' '.repeat(4096));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(blank);
      },
      cancel() {
        cancelled = true;
      },
    });
    const summary = await parseXmltvFromStream(stream);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'NOT_XMLTV' })]);
    expect(summary.errors[0].message).toContain('first 16384 characters');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>', 'root element is <html>'],
    ['a JSON answer', '{"user_info":{"auth":0}}', 'starts with text'],
    ['an empty body', '', 'the input is empty'],
    ['a bare "<"', '< tv>', 'starts no tag'],
  ])('reports %s as not an XMLTV guide', (_, text, words) => {
    const summary = parseXmltvText(text);
    expect(summary.ok).toBe(false);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'NOT_XMLTV' })]);
    expect(summary.errors[0].message).toContain(words);
  });

  it('falls back to UTF-8 with a warning for an unknown encoding', () => {
    const bytes = encoder.encode(
      '<?xml version="1.0" encoding="x-klingon"?><tv><channel id="c"><display-name>Café</display-name></channel></tv>',
    );
    const { channels, summary } = parseWhole(bytes);
    expect(channels[0].name).toBe('Café');
    expect(summary.encoding).toBe('utf-8');
    expect(summary.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_ENCODING', line: 1 })]);
    expect(summary.warnings[0].message).toContain('x-klingon');
  });

  it('drops repeated programmes with a count, keeps overlapping ones in order, counts unknown channels', () => {
    const text = [
      '<tv><channel id="a"/>',
      programme('a', '20261122180000', '20261122190000', 'News'),
      programme('a', '20261122180000', '20261122190000', 'News'),
      programme('a', '20261122183000', '20261122193000', 'Film'),
      programme('ghost', '20261122180000', '20261122190000', 'Haunted'),
      programme('ghost', '20261122190000', '20261122200000', 'Haunted again'),
      '</tv>',
    ].join('');
    const { programmes, summary } = parseWhole(text);
    expect(programmes.map((p) => p.title)).toEqual(['News', 'Film', 'Haunted', 'Haunted again']);
    expect(summary).toMatchObject({
      duplicatesDropped: 1,
      overlapping: 1,
      unknownChannelProgrammes: 2,
      complete: true,
    });
    expect(summary.warnings.map((w) => w.code)).toEqual([
      'DUPLICATE_PROGRAMMES',
      'OVERLAPPING_PROGRAMMES',
      'UNKNOWN_CHANNELS',
    ]);
  });

  it('skips programmes without a channel or a readable start, with the line', () => {
    const text = [
      '<tv>\n',
      '<programme start="yesterday" channel="a"><title>X</title></programme>\n',
      '<programme start="20261122180000 +0000"><title>Y</title></programme>\n',
      '<programme start="20261122180000 +0000" stop="soon" channel="a"><title>Z</title></programme>\n',
      '</tv>',
    ].join('');
    const { programmes, summary } = parseWhole(text);
    expect(programmes.map((p) => [p.title, p.stop])).toEqual([['Z', undefined]]);
    expect(summary.skippedProgrammes).toBe(2);
    expect(summary.warnings.slice(0, 3)).toEqual([
      expect.objectContaining({ code: 'BAD_TIME', line: 2 }),
      expect.objectContaining({ code: 'MISSING_ID', line: 3 }),
      expect.objectContaining({ code: 'BAD_TIME', line: 4 }),
    ]);
  });

  it('recovers from mismatched and stray end tags, reporting each line', () => {
    const text = [
      '<tv>\n',
      '<programme start="20261122180000 +0000" channel="a"><title>One</programme>\n',
      '</channel>\n',
      '<programme start="20261122190000 +0000" channel="a"><title>Two</title>\n',
      '<programme start="20261122200000 +0000" channel="a"><title>Three</title></programme>\n',
      '</tv>',
    ].join('');
    const { programmes, summary } = parseWhole(text);
    expect(programmes.map((p) => p.title)).toEqual(['One', 'Two', 'Three']);
    expect(summary.errors.map((e) => [e.code, e.line])).toEqual([
      ['MALFORMED', 2],
      ['MALFORMED', 3],
      ['MALFORMED', 5],
    ]);
  });

  it('keeps unknown entities as text with a warning', () => {
    const { programmes, summary } = parseWhole(
      '<tv><channel id="a"/>\n<programme start="20261122180000" channel="a"><title>Caf&eacute;&nbsp;&amp; Co &</title></programme></tv>',
    );
    expect(programmes[0].title).toBe('Caf&eacute;&nbsp;& Co &');
    expect(summary.warnings.map((w) => [w.code, w.line])).toEqual([
      ['UNKNOWN_ENTITY', 2],
      ['UNKNOWN_ENTITY', 2],
    ]);
  });

  it('reports a corrupt gzip stream and stops', () => {
    const summary = parseWhole(
      Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
    ).summary;
    expect(summary).toMatchObject({ gzip: true, ok: false });
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'BAD_GZIP' })]);
  });

  it('keeps what inflated from a gzip download cut short, reporting the truncation', () => {
    const hours = Array.from(
      { length: 300 },
      (_, i) => 20261122000000 + Math.floor(i / 24) * 1000000 + (i % 24) * 10000,
    );
    const body = hours.map((h, i) => programme('a', String(h), String(h + 10000), `Show ${i}`)).join('');
    const zipped = gzipSync(encoder.encode(`<tv>${body}</tv>`));
    const { programmes, summary } = parseWhole(zipped.slice(0, Math.floor(zipped.length * 0.6)));
    expect(summary.gzip).toBe(true);
    expect(programmes.length).toBeGreaterThan(10);
    expect(programmes.length).toBeLessThan(300);
    expect(programmes[programmes.length - 1].title).toBe(`Show ${programmes.length - 1}`);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'TRUNCATED' })]);
  });

  it('gives up on a runaway token instead of buffering without end', () => {
    const parser = createXmltvParser({ maxTokenLength: 10_000 });
    parser.push('<tv><channel id="a"><display-name>');
    for (let i = 0; i < 5 && !parser.stopped; i++) parser.push('x'.repeat(4000));
    expect(parser.stopped).toBe(true);
    const summary = parser.end();
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'MALFORMED', line: 1 })]);
  });

  it('ignores, with one error, what follows the end of the guide', () => {
    const summary = parseXmltvText(`${GUIDE}<tv><programme/></tv>`);
    expect(summary.programmes).toBe(3);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'MALFORMED', line: 8 })]);
  });

  it('refuses misuse loudly: mixed input kinds, and pushing after the end', () => {
    const parser = createXmltvParser();
    parser.push('<tv>');
    expect(() => parser.push(Uint8Array.of(60))).toThrow(TypeError);
    parser.end();
    expect(() => parser.push('</tv>')).toThrow(/after end/);
  });
});
