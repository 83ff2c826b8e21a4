import type { RunningProvider } from '../../provider/server';
import { api, asObject, manualClock, readAtLeast, start } from './helpers';

const TS_SYNC_BYTE = 0x47;

function mediaSequence(playlist: string): number {
  return Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(playlist)?.[1]);
}

describe('provider live streams', () => {
  const clock = manualClock();
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start({ now: clock.now });
  });
  afterAll(() => provider.close());

  it('redirects /live/U/P/ID.m3u8 to a tokenised session playlist that advances with the clock', async () => {
    const response = await fetch(`${provider.url}/live/demo/demo/1.m3u8`);
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(response.url).toMatch(/\/hls\/demo\/demo\/1\/[0-9a-f]+\/index\.m3u8$/);
    expect(response.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    const first = await response.text();
    expect(first).not.toContain('#EXT-X-ENDLIST');
    expect(first.match(/#EXTINF:/g)).toHaveLength(4);
    clock.advance(4000);
    const later = await (await fetch(response.url)).text();
    expect(mediaSequence(later)).toBe(mediaSequence(first) + 2);
  });

  it('marks every loop of the clip with a discontinuity and counts them', async () => {
    const session = (await fetch(`${provider.url}/demo/demo/2.m3u8`)).url;
    let seenDiscontinuity = false;
    for (let step = 0; step < 8; step++) {
      const playlist = await (await fetch(session)).text();
      const first = mediaSequence(playlist);
      expect(Number(/#EXT-X-DISCONTINUITY-SEQUENCE:(\d+)/.exec(playlist)?.[1])).toBe(Math.floor(first / 6));
      const lines = playlist.split('\n');
      lines.forEach((line, i) => {
        if (line !== '#EXT-X-DISCONTINUITY') return;
        seenDiscontinuity = true;
        expect(Number(lines[i + 2].replace('.ts', '')) % 6).toBe(0);
      });
      clock.advance(2000);
    }
    expect(seenDiscontinuity).toBe(true);
  });

  it('serves the segments of a session as MPEG-TS', async () => {
    const session = (await fetch(`${provider.url}/live/demo/demo/3.m3u8`)).url;
    const playlist = await (await fetch(session)).text();
    const segment = playlist.split('\n').find((line) => line.endsWith('.ts'));
    const response = await fetch(new URL(String(segment), session));
    expect(response.headers.get('content-type')).toBe('video/mp2t');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.length % 188).toBe(0);
    expect(bytes[0]).toBe(TS_SYNC_BYTE);
  });

  it('streams continuous MPEG-TS on /live/U/P/ID.ts and the short form /U/P/ID', async () => {
    for (const path of ['/live/demo/demo/4.ts', '/demo/demo/4']) {
      const response = await fetch(`${provider.url}${path}`);
      expect(response.headers.get('content-type')).toBe('video/mp2t');
      const bytes = await readAtLeast(response.body as ReadableStream<Uint8Array>, 50_000);
      expect(bytes.length).toBeGreaterThanOrEqual(50_000);
      expect(bytes[0]).toBe(TS_SYNC_BYTE);
      expect(bytes[188]).toBe(TS_SYNC_BYTE);
    }
  });

  it('refuses unknown channels, disallowed formats, bad credentials, and closes streams of expired lines', async () => {
    expect((await fetch(`${provider.url}/live/demo/demo/999999.ts`)).status).toBe(404);
    expect((await fetch(`${provider.url}/live/tsonly/tsonly/1.m3u8`)).status).toBe(405);
    expect((await fetch(`${provider.url}/live/demo/demo/1.mkv`)).status).toBe(405);
    expect((await fetch(`${provider.url}/live/demo/nope/1.ts`)).status).toBe(401);
    const expired = await fetch(`${provider.url}/live/expired/expired/1.ts`);
    expect(expired.status).toBe(200);
    expect(await expired.text()).toBe('');
    const encoded = await fetch(
      `${provider.url}/live/${encodeURIComponent('mail@example.com')}/${encodeURIComponent('s3cr3t/+&=?')}/1.m3u8`,
    );
    expect(encoded.status).toBe(200);
  });
});

describe('provider connection limits', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await start();
  });
  afterAll(() => provider.close());

  it('cuts the oldest HLS session of a single-connection line: its next request gets 403', async () => {
    const a = (await fetch(`${provider.url}/live/single/single/1.m3u8`)).url;
    expect((await fetch(a)).status).toBe(200);
    const b = (await fetch(`${provider.url}/live/single/single/2.m3u8`)).url;
    expect(b).not.toBe(a);
    expect((await fetch(a)).status).toBe(403);
    expect((await fetch(a.replace('index.m3u8', '100.ts'))).status).toBe(403);
    expect((await fetch(b)).status).toBe(200);
    const user = asObject(asObject(await api(provider, {}, ['single', 'single'])).user_info);
    expect(user.active_cons).toBe('1');
  });

  it('ends a running TS stream when the line opens one stream too many', async () => {
    const running = await fetch(`${provider.url}/live/single/single/5.ts`);
    const reader = (running.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    await fetch(`${provider.url}/live/single/single/6.m3u8`);
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });

  it('counts open streams in active_cons', async () => {
    const before = asObject(asObject(await api(provider)).user_info).active_cons;
    expect(before).toBe('0');
    const stream = await fetch(`${provider.url}/live/demo/demo/7.ts`);
    await readAtLeast(stream.body as ReadableStream<Uint8Array>, 1000);
    const session = (await fetch(`${provider.url}/live/demo/demo/8.m3u8`)).url;
    expect((await fetch(session)).status).toBe(200);
    const after = asObject(asObject(await api(provider)).user_info).active_cons;
    expect(Number(after)).toBeGreaterThanOrEqual(1);
    expect(Number(after)).toBeLessThanOrEqual(2);
  });
});

describe('provider movies and episodes', () => {
  let provider: RunningProvider;
  let size: number;
  beforeAll(async () => {
    provider = await start({ flavour: 'xui' });
    size = Number(
      (await fetch(`${provider.url}/movie/demo/demo/100001.mp4`, { method: 'HEAD' })).headers.get('content-length'),
    );
  });
  afterAll(() => provider.close());

  it('serves the MP4 whole, with Accept-Ranges, and answers HEAD', async () => {
    const response = await fetch(`${provider.url}/movie/demo/demo/100002.mkv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(size);
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('answers single and suffix ranges with 206 and Content-Range', async () => {
    const head = await fetch(`${provider.url}/movie/demo/demo/100001.mp4`, { headers: { Range: 'bytes=0-99' } });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect((await head.arrayBuffer()).byteLength).toBe(100);
    const tail = await fetch(`${provider.url}/series/demo/demo/1000001.mp4`, { headers: { Range: 'bytes=-500' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 500}-${size - 1}/${size}`);
    const open = await fetch(`${provider.url}/movie/demo/demo/100001.mp4`, {
      headers: { Range: `bytes=${size - 10}-` },
    });
    expect((await open.arrayBuffer()).byteLength).toBe(10);
  });

  it('answers an unsatisfiable range with 416', async () => {
    const response = await fetch(`${provider.url}/movie/demo/demo/100001.mp4`, {
      headers: { Range: `bytes=${size}-` },
    });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${size}`);
  });

  it('404s unknown titles and, XUI-style, bad credentials and disallowed formats', async () => {
    expect((await fetch(`${provider.url}/movie/demo/demo/42.mp4`)).status).toBe(404);
    expect((await fetch(`${provider.url}/series/demo/demo/999.mp4`)).status).toBe(404);
    expect((await fetch(`${provider.url}/movie/demo/nope/100001.mp4`)).status).toBe(404);
    expect((await fetch(`${provider.url}/live/tsonly/tsonly/1.m3u8`)).status).toBe(404);
  });
});
