/** The neighbour prefetcher against our provider: a real redirect to a tokenised session, a real playlist. */
import { PlaylistPrefetcher } from '../../../src/player';
import { startProvider, type RunningProvider } from '../../provider/server';

let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider({ port: 0, quiet: true });
});

afterAll(() => provider.close());

async function activeConnections(user: string): Promise<number> {
  const response = await fetch(`${provider.url}/player_api.php?username=${user}&password=${user}`);
  const body = (await response.json()) as { user_info: { active_cons: string | number } };
  return Number(body.user_info.active_cons);
}

describe('PlaylistPrefetcher', () => {
  it('follows the panel’s redirect once and hands over the playlist of that session', async () => {
    const prefetcher = new PlaylistPrefetcher();
    const url = `${provider.url}/live/unlimited/unlimited/3.m3u8`;
    await prefetcher.warm([url], 1);
    const entry = prefetcher.take(url);
    expect(entry?.url).toMatch(/\/hls\/unlimited\/unlimited\/3\/[0-9a-f]+\/index\.m3u8$/);
    expect(entry?.text.startsWith('#EXTM3U')).toBe(true);
    expect(prefetcher.take(url)).toBeUndefined();
  });

  it('refreshes through the same session, so warming costs one connection per neighbour', async () => {
    const prefetcher = new PlaylistPrefetcher();
    const url = `${provider.url}/live/demo/demo/4.m3u8`;
    await prefetcher.warm([url], 1);
    await prefetcher.warm([url], 1);
    await prefetcher.warm([url], 1);
    expect(await activeConnections('demo')).toBe(1);
    expect(prefetcher.take(url)?.url).toMatch(/\/hls\/demo\/demo\/4\//);
  });

  it('warms no more neighbours than the caller can spare, and none with a budget of 0', async () => {
    const prefetcher = new PlaylistPrefetcher();
    const urls = [5, 6].map((id) => `${provider.url}/live/trial/trial/${id}.m3u8`);
    await prefetcher.warm(urls, 0);
    expect(await activeConnections('trial')).toBe(0);
    await prefetcher.warm(urls, 1);
    expect(prefetcher.take(urls[1])).toBeUndefined();
    expect(prefetcher.take(urls[0])).toBeDefined();
  });

  it('drops a playlist older than its freshness window and anything that is not a playlist', async () => {
    let now = 0;
    const prefetcher = new PlaylistPrefetcher({ ttlMs: 4000, now: () => now });
    const live = `${provider.url}/live/unlimited/unlimited/7.m3u8`;
    const missing = `${provider.url}/live/unlimited/unlimited/999999.m3u8`;
    await prefetcher.warm([live, missing], 2);
    now = 5000;
    expect(prefetcher.take(live)).toBeUndefined();
    expect(prefetcher.take(missing)).toBeUndefined();
  });
});
