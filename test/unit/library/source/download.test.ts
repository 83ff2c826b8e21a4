import { download, DOWNLOAD_IDLE_TIMEOUT_MS } from '../../../../src/library';
import { startServer, type TestServer } from '../../../support/servers';

let server: TestServer;
const BODY = 'x'.repeat(200000);

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(BODY.length) });
      // Several writes, so the body arrives in several chunks.
      for (let i = 0; i < BODY.length; i += 50000) res.write(BODY.slice(i, i + 50000));
      return void res.end();
    }
    if (req.url === '/stall') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return void res.write('first bytes, then nothing');
    }
    res.writeHead(503, { 'Content-Type': 'text/html' });
    res.end('<h1>Busy</h1>');
  });
});

afterAll(async () => {
  await server.close();
});

describe('streaming downloads', () => {
  it('hands the body over in chunks and reports bytes against the length', async () => {
    const chunks: number[] = [];
    const reports: [number, number | undefined][] = [];
    const result = await download(`${server.url}/big`, (chunk) => void chunks.push(chunk.length), {
      onBytes: (bytes, total) => reports.push([bytes, total]),
    });
    expect(result).toEqual({ bytes: BODY.length, streamed: true, stopped: false });
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(BODY.length);
    expect(reports[reports.length - 1]).toEqual([BODY.length, BODY.length]);
    expect(DOWNLOAD_IDLE_TIMEOUT_MS).toBeGreaterThan(0);
  });

  it('stops when the sink says so', async () => {
    let calls = 0;
    const result = await download(`${server.url}/big`, () => ++calls < 1);
    expect(result.stopped).toBe(true);
    expect(calls).toBe(1);
  });

  it('turns an error status into a typed HTTP_STATUS failure with the start of the body', async () => {
    await expect(download(`${server.url}/busy`, () => undefined)).rejects.toMatchObject({
      name: 'NetworkError',
      kind: 'HTTP_STATUS',
      status: 503,
      bodySnippet: '<h1>Busy</h1>',
    });
  });

  it('gives up with TIMEOUT when the body stops arriving', async () => {
    await expect(download(`${server.url}/stall`, () => undefined, { idleTimeoutMs: 300 })).rejects.toMatchObject({
      name: 'NetworkError',
      kind: 'TIMEOUT',
    });
  });

  it("stops with ABORTED on the caller's signal", async () => {
    const controller = new AbortController();
    const running = download(`${server.url}/stall`, () => void controller.abort(), { signal: controller.signal });
    await expect(running).rejects.toMatchObject({ name: 'NetworkError', kind: 'ABORTED' });
  });

  it('takes the body in one piece when asked (engines without streams or text decoding)', async () => {
    const pieces: (string | Uint8Array)[] = [];
    const result = await download(`${server.url}/big`, (chunk) => void pieces.push(chunk), { inOnePiece: true });
    expect(result).toEqual({ bytes: BODY.length, streamed: false, stopped: false });
    expect(pieces).toEqual([BODY]);
  });

  it('reports a refused connection as CONNECTION_REFUSED', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    await expect(download(closed.url, () => undefined)).rejects.toMatchObject({ kind: 'CONNECTION_REFUSED' });
  });
});
