import type { RunningProvider } from '../../provider/server';
import { SUMMER_NOON, manualClock, start } from './helpers';

describe('provider catch-up', () => {
  const clock = manualClock(SUMMER_NOON);
  let provider: RunningProvider;
  let archived: number;
  let plain: number;
  beforeAll(async () => {
    provider = await start({ now: clock.now });
    const channels = provider.catalogue.liveChannels();
    archived = channels.find((c) => c.archiveDays >= 3)?.streamId ?? 0;
    plain = channels.find((c) => c.archiveDays === 0)?.streamId ?? 0;
  });
  afterAll(() => provider.close());

  it('reads the path-form start in Europe/Berlin (summer time, UTC+2)', async () => {
    const response = await fetch(`${provider.url}/timeshift/demo/demo/60/2026-07-15:10-30/${archived}.ts`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-timeshift-start')).toBe(String(Date.UTC(2026, 6, 15, 8, 30) / 1000));
    expect(response.headers.get('content-type')).toBe('video/mp2t');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(value?.[0]).toBe(0x47);
    await reader.cancel();
  });

  it('reads the start in winter time (UTC+1) too, via the query form', async () => {
    clock.advance(150 * 86_400_000); // mid-December
    try {
      const channel = provider.catalogue.channel(archived);
      const query = new URLSearchParams({
        username: 'demo',
        password: 'demo',
        stream: String(archived),
        start: '2026-12-11:20-00',
        duration: '30',
      });
      const response = await fetch(`${provider.url}/streaming/timeshift.php?${query}`, { method: 'HEAD' });
      expect(channel?.archiveDays).toBeGreaterThanOrEqual(3);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-timeshift-start')).toBe(String(Date.UTC(2026, 11, 11, 19, 0) / 1000));
    } finally {
      clock.advance(-150 * 86_400_000);
    }
  });

  it('answers a finished HLS playlist for .m3u8 whose segments play', async () => {
    const url = `${provider.url}/timeshift/demo/demo/2/2026-07-15:13-00/${archived}.m3u8`;
    const response = await fetch(url);
    const playlist = await response.text();
    expect(response.headers.get('x-timeshift-start')).toBe(String(Date.UTC(2026, 6, 15, 11, 0) / 1000));
    expect(playlist).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
    expect(playlist.trimEnd().endsWith('#EXT-X-ENDLIST')).toBe(true);
    const segments = playlist.split('\n').filter((line) => line.endsWith('.ts'));
    expect(segments.length).toBeGreaterThanOrEqual(60);
    const segment = await fetch(new URL(segments[7], url));
    expect(segment.status).toBe(200);
    expect(Buffer.from(await segment.arrayBuffer())[0]).toBe(0x47);
  });

  it('404s outside the archive window, in the future, and on channels without archive', async () => {
    const days = provider.catalogue.channel(archived)?.archiveDays ?? 0;
    const tooOld = new Date(SUMMER_NOON - (days + 1) * 86_400_000).toISOString().slice(0, 10);
    const cases = [
      `/timeshift/demo/demo/60/${tooOld}:12-00/${archived}.ts`,
      `/timeshift/demo/demo/60/2026-07-15:14-30/${archived}.ts`, // 14:30 Berlin is 12:30 UTC: the future
      `/timeshift/demo/demo/60/2026-07-15:10-00/${plain}.ts`,
    ];
    for (const path of cases) expect((await fetch(`${provider.url}${path}`)).status).toBe(404);
  });

  it('answers 400 for unreadable parameters', async () => {
    expect((await fetch(`${provider.url}/timeshift/demo/demo/60/yesterday/${archived}.ts`)).status).toBe(400);
    expect((await fetch(`${provider.url}/timeshift/demo/demo/0/2026-07-15:10-00/${archived}.ts`)).status).toBe(400);
  });
});
