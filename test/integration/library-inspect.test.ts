// `npm run inspect -- m3u|xmltv <file-or-url>` run as a child process, its one JSON object parsed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startProvider, type RunningProvider } from '../provider/server';

const ROOT = path.resolve(__dirname, '../..');
const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures');

interface Run {
  code: number;
  json: Record<string, unknown>;
}

function inspect(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/inspect.ts'), ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        try {
          resolve({ code, json: JSON.parse(stdout) as Record<string, unknown> });
        } catch {
          reject(new Error(`inspect ${args.join(' ')} printed no JSON (exit ${code}): ${stdout}${stderr}`));
        }
      },
    );
  });
}

let provider: RunningProvider;
let dir: string;

const PLAYLIST = [
  '#EXTM3U url-tvg="http://guide.example/epg.xml.gz"',
  '#EXTINF:-1 tvg-id="one.uk" tvg-logo="http://l/1.png" group-title="News" catchup="shift",One',
  'http://s/1.m3u8',
  '#EXTINF:-1 tvg-id="two.uk" group-title="News",Two',
  '#EXTINF:-1 group-title="Sport" tvg-logo="http://l/3.png",Three',
  'http://s/3.m3u8',
  'http://s/4.m3u8',
].join('\n');

const GUIDE = `<?xml version="1.0" encoding="UTF-8"?>
<tv>
  <channel id="one.uk"><display-name>One</display-name></channel>
  <programme start="20240501200000 +0000" stop="20240501210000 +0000" channel="one.uk"><title>News at Eight</title></programme>
  <programme start="20240501210000 +0000" stop="20240501220000 +0000" channel="one.uk"><title>Film &unknown;</title></programme>
  <programme start="20240501220000 +0000" stop="20240501230000 +0000" channel="two.uk"><title>Late</title></programme>
</tv>
`;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  fs.writeFileSync(path.join(dir, 'list.m3u'), PLAYLIST);
  fs.writeFileSync(path.join(dir, 'guide.xml'), GUIDE);
  fs.writeFileSync(path.join(dir, 'guide.xml.gz'), gzipSync(GUIDE));
  fs.writeFileSync(path.join(dir, 'page.html'), '<!DOCTYPE html><html><body>Sign in</body></html>');
});

afterAll(async () => {
  await provider.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('inspect m3u', () => {
  it('counts a playlist file and lists its warnings with line numbers', async () => {
    const { code, json } = await inspect('m3u', path.join(dir, 'list.m3u'));
    expect(code).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      counts: { entries: 3, groups: 2, withTvgId: 1, withLogo: 2, withCatchup: 1, live: 3 },
      guideUrls: ['http://guide.example/epg.xml.gz'],
      warnings: [
        { code: 'ENTRY_WITHOUT_URL', line: 4 },
        { code: 'URL_WITHOUT_EXTINF', line: 7 },
      ],
    });
    expect(typeof json.parseMs).toBe('number');
    expect(json.peakHeapMb).toBeGreaterThan(0);
  });

  it("counts the provider's get.php playlist from its URL", async () => {
    const url = `${provider.url}/get.php?username=demo&password=demo&type=m3u_plus&output=ts`;
    const { code, json } = await inspect('m3u', url);
    const cat = provider.catalogue;
    const episodes = cat.seriesList().reduce((n, s) => n + cat.episodesOf(s).length, 0);
    expect(code).toBe(0);
    expect(json.counts).toMatchObject({
      entries: cat.liveChannels().length + cat.movies().length + episodes,
      live: cat.liveChannels().length,
      movies: cat.movies().length,
      episodes,
      withTvgId: cat.liveChannels().filter((c) => c.epgChannelId).length,
    });
  });

  it('says a web page is not a playlist, with exit code 2', async () => {
    const { code, json } = await inspect('m3u', path.join(dir, 'page.html'));
    expect(code).toBe(2);
    expect(json).toMatchObject({ ok: false, error: { code: 'NOT_A_PLAYLIST' } });
  });
});

describe('inspect xmltv', () => {
  it.each(['guide.xml', 'guide.xml.gz'])('counts %s: channels, programmes, time range, warnings', async (name) => {
    const { code, json } = await inspect('xmltv', path.join(dir, name));
    expect(code).toBe(0);
    expect(json).toMatchObject({
      ok: true,
      gzip: name.endsWith('.gz'),
      counts: { channels: 1, programmes: 3 },
      timeRange: { from: '2024-05-01T20:00:00.000Z', to: '2024-05-01T23:00:00.000Z' },
      warnings: expect.arrayContaining([expect.objectContaining({ code: 'UNKNOWN_ENTITY', line: 5 })]),
    });
    expect(json.peakHeapMb).toBeGreaterThan(0);
  });

  it("reads the provider's guide from its URL, plain and gzip", async () => {
    const plain = await inspect('xmltv', `${provider.url}/xmltv.php?username=demo&password=demo`);
    const gzip = await inspect('xmltv', `${provider.url}/xmltv.php?username=demo&password=demo&gz=1`);
    expect(plain.code).toBe(0);
    expect(gzip.json.gzip).toBe(true);
    expect(plain.json.counts).toEqual(gzip.json.counts);
    expect((plain.json.counts as { channels: number }).channels).toBe(provider.catalogue.guideChannels().length);
    expect((plain.json.counts as { programmes: number }).programmes).toBeGreaterThan(1000);
  });

  it('reports a refused download as a typed failure', async () => {
    const { code, json } = await inspect('xmltv', `${provider.url}/xmltv.php?username=demo&password=wrong`);
    expect(code).toBe(2);
    expect(json.ok).toBe(false);
  });
});

const withShared = fs.existsSync(SHARED_FIXTURES) ? describe : describe.skip;
if (!fs.existsSync(SHARED_FIXTURES)) console.warn(`Skipping real fixtures: ${SHARED_FIXTURES} is absent (../shared).`);

withShared('inspect on real fixtures', () => {
  it('counts a real playlist', async () => {
    const { code, json } = await inspect('m3u', path.join(SHARED_FIXTURES, 'm3u/iptv-org-iptv__uk_samsung.m3u'));
    expect(code).toBe(0);
    expect((json.counts as { entries: number }).entries).toBeGreaterThan(100);
  });

  it('counts a real gzip guide', async () => {
    const { code, json } = await inspect(
      'xmltv',
      path.join(SHARED_FIXTURES, 'xmltv/iptv-org-epg__epg.iptvx.one.content.xml.gz'),
    );
    expect(code).toBe(0);
    expect(json).toMatchObject({ gzip: true, counts: { channels: 1, programmes: 230 } });
  });
});
