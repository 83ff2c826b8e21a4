import { catchupSource, episodeSource, liveSource, movieSource } from '../../../src/player';
import { createStreamUrls } from '../../../src/xtream/urls';
import type { Account } from '../../../src/xtream';

const creds = { server: 'http://panel.test:8080', username: 'demo', password: 'p@ss' };

function urlsFor(formats: string[], timezone = 'Europe/Berlin') {
  const account = { allowedOutputFormats: formats, server: { timezone } } as unknown as Account;
  return createStreamUrls(
    () => creds,
    () => account,
  );
}

describe('sources', () => {
  it('builds a live source with the other output format as its fallback', () => {
    const source = liveSource(urlsFor(['ts', 'm3u8']), '42', 'ts', { title: 'News' });
    expect(source).toEqual({
      url: 'http://panel.test:8080/live/demo/p%40ss/42.ts',
      kind: 'live',
      id: '42',
      title: 'News',
      alternates: [{ url: 'http://panel.test:8080/live/demo/p%40ss/42.m3u8', format: 'hls' }],
    });
  });

  it('offers no fallback when the account allows one format only', () => {
    const source = liveSource(urlsFor(['ts']), '42', 'm3u8');
    expect(source.url).toMatch(/42\.ts$/);
    expect(source.alternates).toEqual([]);
  });

  it('builds movies and episodes with their container and resume position', () => {
    expect(movieSource(urlsFor([]), { id: '7', containerExtension: 'mkv' }, 95)).toMatchObject({
      url: 'http://panel.test:8080/movie/demo/p%40ss/7.mkv',
      kind: 'movie',
      startAt: 95,
    });
    expect(episodeSource(urlsFor([]), { id: '1001', containerExtension: 'mp4' })).toMatchObject({
      url: 'http://panel.test:8080/series/demo/p%40ss/1001.mp4',
      kind: 'episode',
      startAt: undefined,
    });
  });

  it('builds catch-up from a guide programme: start in the server timezone, length in whole minutes', () => {
    // 2024-01-15 18:00 UTC is 19:00 in Berlin (winter time); 45 min 30 s round up to 46 minutes.
    const start = Date.UTC(2024, 0, 15, 18, 0);
    const source = catchupSource(urlsFor([]), '42', { start, stop: start + 45.5 * 60000, title: 'Film' });
    expect(source).toMatchObject({
      url: 'http://panel.test:8080/timeshift/demo/p%40ss/46/2024-01-15:19-00/42.m3u8',
      kind: 'catchup',
      title: 'Film',
      alternates: [{ url: 'http://panel.test:8080/timeshift/demo/p%40ss/46/2024-01-15:19-00/42.ts', format: 'mpegts' }],
    });
  });
});
