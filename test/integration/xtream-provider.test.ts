// The Xtream client against our provider server (test/provider), in both panel flavours.
import { XtreamClient } from '../../src/xtream/client';
import { classifyStreamRefusal } from '../../src/xtream/error-mapping';
import { isXtreamError, type XtreamError } from '../../src/xtream/errors';
import { startProvider, type RunningProvider } from '../provider/server';

const http = { timeoutMs: 10000, retry: { limit: 2, backoffMs: 10, maxBackoffMs: 50 } };

function clientOf(provider: RunningProvider, user: string, pass = user): XtreamClient {
  return new XtreamClient({ server: provider.url, username: user, password: pass }, { http });
}

async function failure(promise: Promise<unknown>): Promise<XtreamError> {
  try {
    await promise;
  } catch (error) {
    if (isXtreamError(error)) return error;
    throw error;
  }
  throw new Error('expected an XtreamError');
}

/** No "" or null anywhere except names, and no NaN. */
function leaks(value: unknown, path = '$'): string[] {
  if (value === null || (typeof value === 'number' && !isFinite(value))) return [path];
  if (value === '') return /\.(name|title)$/.test(path) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaks(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== undefined) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaks(v, `${path}.${k}`));
  }
  return [];
}

describe.each(['xc2', 'xui'] as const)('the %s provider, demo/demo', (flavour) => {
  let provider: RunningProvider;
  let client: XtreamClient;
  beforeAll(async () => {
    provider = await startProvider({ port: 0, flavour, quiet: true });
    client = clientOf(provider, 'demo');
  });
  afterAll(() => provider.close());

  it('logs in with a typed account and a Berlin server clock', async () => {
    const account = await client.login();
    expect(account).toMatchObject({ username: 'demo', status: 'Active', maxConnections: 2, isTrial: false });
    expect(account.expiresAt).toBeGreaterThan(Date.now());
    expect(account.server).toMatchObject({ timezone: 'Europe/Berlin', isXui: flavour === 'xui' });
    expect([60, 120]).toContain(account.server.utcOffsetMinutes);
    expect(Math.abs(account.server.clockOffsetMs ?? Infinity)).toBeLessThan(5000);
    expect(leaks(account)).toEqual([]);
  });

  it('lists the categories of the catalogue', async () => {
    const { catalogue } = provider;
    expect((await client.liveCategories()).map((c) => c.id)).toEqual(catalogue.liveCategories.map((c) => c.id));
    expect((await client.vodCategories()).map((c) => c.id)).toEqual(catalogue.vodCategories.map((c) => c.id));
    expect((await client.seriesCategories()).map((c) => c.id)).toEqual(catalogue.seriesCategories.map((c) => c.id));
  });

  it('lists every live channel with real types', async () => {
    const channels = await client.liveStreams();
    const expected = provider.catalogue.liveChannels();
    expect(channels).toHaveLength(expected.length);
    expect(channels.map((c) => c.id)).toEqual(expected.map((c) => String(c.streamId)));
    expect(channels.filter((c) => c.hasArchive).map((c) => c.archiveDays)).toEqual(
      expected.filter((c) => c.archiveDays > 0).map((c) => c.archiveDays),
    );
    expect(channels.filter((c) => c.type === 'radio')).toHaveLength(
      expected.filter((c) => c.streamType === 'radio_streams').length,
    );
    expect(leaks(channels)).toEqual([]);
  });

  it('filters live channels by category', async () => {
    const category = provider.catalogue.liveCategories[1];
    const channels = await client.liveStreams(category.id);
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.every((c) => c.categoryIds.includes(category.id))).toBe(true);
  });

  it('lists every movie and every series', async () => {
    const movies = await client.vodStreams();
    expect(movies).toHaveLength(provider.catalogue.counts.movies);
    expect(movies.every((m) => typeof m.id === 'string' && m.containerExtension.length > 0)).toBe(true);
    expect(movies.every((m) => m.rating === undefined || (m.rating > 0 && m.rating <= 10))).toBe(true);
    expect(leaks(movies)).toEqual([]);
    const series = await client.series();
    expect(series).toHaveLength(provider.catalogue.counts.series);
    expect(series.every((s) => Array.isArray(s.backdrops))).toBe(true);
    expect(leaks(series)).toEqual([]);
  });

  it('reads movie details', async () => {
    const record = provider.catalogue.movies()[0];
    const details = await client.vodInfo(String(record.streamId));
    expect(details).toMatchObject({ id: String(record.streamId), containerExtension: record.containerExtension });
    expect(details.durationSecs).toBeGreaterThan(0);
  });

  it('reads a series with all its episodes, seasons and playable episode URLs', async () => {
    const record = provider.catalogue.seriesList()[0];
    const details = await client.seriesInfo(String(record.seriesId));
    const episodes = provider.catalogue.episodesOf(record);
    expect(details.info.id).toBe(String(record.seriesId));
    expect(details.episodes).toHaveLength(episodes.length);
    expect(details.seasons.reduce((sum, s) => sum + s.episodeCount, 0)).toBeGreaterThanOrEqual(episodes.length);
    const first = details.episodes[0];
    const response = await fetch(client.urls.episode(first.id, first.containerExtension), { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('says a series or movie that does not exist is no longer available', async () => {
    expect((await failure(client.seriesInfo('999999999'))).details).toMatchObject({ notFound: true });
    expect((await failure(client.vodInfo('999999999'))).details).toMatchObject({ notFound: true });
  });

  it('reads the short EPG and the full table, decoded, on unix times', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId !== null && c.archiveDays > 0);
    if (!channel) throw new Error('the demo catalogue has an archived channel with a guide');
    const now = Date.now();
    const short = await client.shortEpg(String(channel.streamId), 3);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThanOrEqual(3);
    expect(short[0].start).toBeLessThanOrEqual(now + 6 * 3600e3);
    expect(short.every((e) => e.title.length > 0 && e.end > e.start)).toBe(true);
    const table = await client.simpleDataTable(String(channel.streamId));
    expect(table.length).toBeGreaterThan(short.length);
    expect(table.some((e) => e.hasArchive)).toBe(true);
    expect(table.filter((e) => e.nowPlaying).length).toBeLessThanOrEqual(1);
    expect(leaks(table)).toEqual([]);
  });

  it('builds a catch-up URL the server reads at the programme start (server timezone)', async () => {
    const channel = provider.catalogue.liveChannels().find((c) => c.epgChannelId !== null && c.archiveDays > 0);
    if (!channel) throw new Error('the demo catalogue has an archived channel with a guide');
    const table = await client.simpleDataTable(String(channel.streamId));
    const past = table.filter((e) => e.hasArchive);
    const programme = past[past.length - 1];
    const minutes = Math.ceil((programme.end - programme.start) / 60000);
    const response = await fetch(client.urls.timeshift(String(channel.streamId), programme.start, minutes, 'm3u8'));
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-timeshift-start')) * 1000).toBe(Math.floor(programme.start / 60000) * 60000);
  });

  it('builds live URLs the server plays', async () => {
    const channel = provider.catalogue.liveChannels()[0];
    const response = await fetch(client.urls.live(String(channel.streamId), 'm3u8'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('#EXTM3U');
  });

  it('percent-encodes a username with @ and a password with / + & = ?', async () => {
    const encoded = clientOf(provider, 'mail@example.com', 's3cr3t/+&=?');
    await expect(encoded.login()).resolves.toMatchObject({ username: 'mail@example.com' });
    const channel = provider.catalogue.liveChannels()[0];
    const response = await fetch(encoded.urls.live(String(channel.streamId), 'm3u8'));
    expect(response.status).toBe(200);
  });

  it('falls back to .ts for an account that only allows ts', async () => {
    const tsOnly = clientOf(provider, 'tsonly');
    await tsOnly.login();
    expect(tsOnly.urls.live('1', 'm3u8')).toMatch(/\/1\.ts$/);
  });
});

describe('account errors', () => {
  let xc2: RunningProvider;
  let xui: RunningProvider;
  beforeAll(async () => {
    [xc2, xui] = await Promise.all([
      startProvider({ port: 0, flavour: 'xc2', quiet: true }),
      startProvider({ port: 0, flavour: 'xui', quiet: true }),
    ]);
  });
  afterAll(() => Promise.all([xc2.close(), xui.close()]));

  it('rejects a wrong password in both flavours as AUTH_FAILED (XC2: 200 auth 0, XUI: 404 page)', async () => {
    expect((await failure(clientOf(xc2, 'demo', 'wrong').login())).code).toBe('AUTH_FAILED');
    const fromXui = await failure(clientOf(xui, 'demo', 'wrong').login());
    expect(fromXui.code).toBe('AUTH_FAILED');
    expect(fromXui.details).toMatchObject({ status: 404 });
  });

  it('rejects an expired account with its end date', async () => {
    const error = await failure(clientOf(xc2, 'expired').login());
    expect(error.code).toBe('ACCOUNT_EXPIRED');
    const expiresAt = error.details?.expiresAt as number;
    expect(expiresAt).toBeLessThan(Date.now());
    expect(error.message).toBe(`Your subscription expired on ${new Date(expiresAt).toISOString().slice(0, 10)}.`);
  });

  it('rejects banned and disabled accounts', async () => {
    expect((await failure(clientOf(xc2, 'banned').login())).code).toBe('ACCOUNT_BANNED');
    expect((await failure(clientOf(xc2, 'disabled').login())).code).toBe('ACCOUNT_DISABLED');
  });

  it('reads an action on an expired account as ACCOUNT_EXPIRED, not an empty list', async () => {
    const expired = clientOf(xc2, 'expired');
    expect((await failure(expired.liveStreams())).code).toBe('ACCOUNT_EXPIRED');
    expect((await failure(expired.vodCategories())).code).toBe('ACCOUNT_EXPIRED');
    expect((await failure(expired.seriesInfo('1'))).code).toBe('ACCOUNT_EXPIRED');
  });

  it('signs in a trial account that ends in 3 days', async () => {
    const account = await clientOf(xc2, 'trial').login();
    expect(account.isTrial).toBe(true);
    const days = ((account.expiresAt ?? 0) - Date.now()) / 86400e3;
    expect(days).toBeGreaterThan(2);
    expect(days).toBeLessThanOrEqual(4);
  });

  it('signs in a line that never expires', async () => {
    const account = await clientOf(xc2, 'unlimited').login();
    expect(account.expiresAt).toBeUndefined();
  });
});

describe('a second stream on a one-connection account', () => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await startProvider({ port: 0, flavour: 'xc2', quiet: true });
  });
  afterAll(() => provider.close());

  it('cuts the first HLS session, whose next playlist request is refused as TOO_MANY_CONNECTIONS 1/1', async () => {
    const client = clientOf(provider, 'single');
    await client.login();
    const [a, b] = provider.catalogue.liveChannels();
    const first = await fetch(client.urls.live(String(a.streamId), 'm3u8'));
    expect(first.status).toBe(200);
    await first.text();
    const sessionPlaylist = first.url;
    const second = await fetch(client.urls.live(String(b.streamId), 'm3u8'));
    expect(second.status).toBe(200);
    await second.text();
    const again = await fetch(sessionPlaylist);
    expect(again.status).toBe(403);
    await again.text();
    // What the player does on a refusal: refresh the account, then classify.
    const account = await client.login();
    const error = classifyStreamRefusal(again.status, account);
    expect(error.code).toBe('TOO_MANY_CONNECTIONS');
    expect(error.details).toMatchObject({ status: 403, active: 1, max: 1 });
    expect(error.message).toContain('1 of 1');
  });
});
