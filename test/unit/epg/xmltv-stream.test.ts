import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'fflate';
import { GuideIndexBuilder, parseXmltvFromStream } from '../../../src/epg';

/** A guide of `channels` × `perChannel` hourly programmes from 2026-11-22 00:00 UTC, with some non-ASCII text. */
function makeGuide(channels: number, perChannel: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<tv>\n'];
  for (let c = 0; c < channels; c++)
    parts.push(`<channel id="c${c}"><display-name>Канал ${c}</display-name></channel>\n`);
  for (let c = 0; c < channels; c++) {
    for (let h = 0; h < perChannel; h++) {
      const start = new Date(Date.UTC(2026, 10, 22) + h * 3600000).toISOString().replace(/\D/g, '').slice(0, 14);
      const stop = new Date(Date.UTC(2026, 10, 22) + (h + 1) * 3600000).toISOString().replace(/\D/g, '').slice(0, 14);
      parts.push(
        `<programme start="${start} +0000" stop="${stop} +0000" channel="c${c}"><title>Émission ${c}-${h}</title></programme>\n`,
      );
    }
  }
  parts.push('</tv>\n');
  return parts.join('');
}

const GUIDE = Buffer.from(makeGuide(20, 48));

interface Served {
  url: string;
  /** Bytes the endless route wrote before the client went away, once it did. */
  endlessClosed: Promise<number>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that sends its bodies in small pieces, as a slow provider would. */
async function serve(): Promise<Served> {
  let reportClosed: (bytes: number) => void = () => undefined;
  const endlessClosed = new Promise<number>((resolve) => (reportClosed = resolve));
  const server = http.createServer((req, res) => {
    const send = (body: Uint8Array, type: string): void => {
      res.writeHead(200, { 'content-type': type });
      let at = 0;
      const step = (): void => {
        if (at >= body.length) return void res.end();
        res.write(body.subarray(at, at + 7000), step);
        at += 7000;
      };
      step();
    };
    if (req.url === '/xmltv.php') send(GUIDE, 'application/xml');
    else if (req.url === '/epg.gz') send(gzipSync(GUIDE), 'application/octet-stream');
    else if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const line = Buffer.from('All work and no play makes a dull guide. '.repeat(400));
      let written = 0;
      let open = true;
      res.on('close', () => {
        open = false;
        reportClosed(written);
      });
      const more = (): void => {
        if (!open || written > 200 * 1024 * 1024) return void res.end();
        written += line.length;
        res.write(line, more);
      };
      more();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    endlessClosed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function nodeGet(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}

describe('parsing a guide as it downloads', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(() => server.close());

  it('builds the index from a fetch body stream', async () => {
    const response = await fetch(`${server.url}/xmltv.php`);
    const builder = new GuideIndexBuilder({ now: Date.UTC(2026, 10, 22, 12) });
    const summary = await parseXmltvFromStream(response.body as ReadableStream<Uint8Array>, {
      onChannel: builder.onChannel,
      onProgramme: builder.onProgramme,
    });
    expect(summary).toMatchObject({ complete: true, channels: 20, programmes: 960, gzip: false, errors: [] });
    const index = builder.finish();
    expect(index.programmeAt('c7', Date.UTC(2026, 10, 23, 5, 30))?.title).toBe('Émission 7-29');
    expect(index.channel('c7')?.name).toBe('Канал 7');
  });

  it('inflates a gzip body from a Node response stream, whatever its name', async () => {
    const response = await nodeGet(`${server.url}/epg.gz`);
    const summary = await parseXmltvFromStream(response);
    expect(summary).toMatchObject({ complete: true, gzip: true, programmes: 960, errors: [] });
  });

  it('stops downloading an endless body that is not a guide', async () => {
    const response = await fetch(`${server.url}/endless`);
    const summary = await parseXmltvFromStream(response.body as ReadableStream<Uint8Array>);
    expect(summary.ok).toBe(false);
    expect(summary.errors[0].code).toBe('NOT_XMLTV');
    const written = await server.endlessClosed;
    expect(written).toBeLessThan(8 * 1024 * 1024);
  });
});
