import {
  chooseLiveFormat,
  createStreamUrls,
  episodeUrl,
  liveUrl,
  movieUrl,
  playlistUrl,
  timeshiftUrl,
  xmltvUrl,
} from '../../../src/xtream/urls';
import type { Account } from '../../../src/xtream/models';

const creds = { server: 'http://host.tv:8080', username: 'me@mail.com', password: 'p&ss word' };
const U = 'me%40mail.com';
const P = 'p%26ss%20word';

describe('stream URLs', () => {
  it('builds live URLs in .ts and .m3u8', () => {
    expect(liveUrl(creds, '42', 'ts')).toBe(`http://host.tv:8080/live/${U}/${P}/42.ts`);
    expect(liveUrl(creds, '42', 'm3u8')).toBe(`http://host.tv:8080/live/${U}/${P}/42.m3u8`);
  });

  it('falls back to an allowed format when the account excludes the one asked for', () => {
    expect(liveUrl(creds, '42', 'm3u8', { allowedOutputFormats: ['ts'] })).toMatch(/42\.ts$/);
    expect(liveUrl(creds, '42', 'ts', { allowedOutputFormats: ['m3u8', 'rtmp'] })).toMatch(/42\.m3u8$/);
    expect(chooseLiveFormat('ts', { allowedOutputFormats: [] })).toBe('ts');
    expect(chooseLiveFormat('ts', { allowedOutputFormats: ['rtmp'] })).toBe('ts');
  });

  it('builds movie and episode URLs with the container extension', () => {
    expect(movieUrl(creds, '130529', 'mp4')).toBe(`http://host.tv:8080/movie/${U}/${P}/130529.mp4`);
    expect(movieUrl(creds, '1', '.MKV')).toMatch(/\/1\.mkv$/);
    expect(episodeUrl(creds, '935666', 'mkv')).toBe(`http://host.tv:8080/series/${U}/${P}/935666.mkv`);
  });

  it('builds the M3U playlist and XMLTV URLs with encoded credentials', () => {
    expect(playlistUrl(creds)).toBe(`http://host.tv:8080/get.php?username=${U}&password=${P}&type=m3u_plus&output=ts`);
    expect(playlistUrl(creds, 'm3u8')).toMatch(/output=m3u8$/);
    expect(xmltvUrl(creds)).toBe(`http://host.tv:8080/xmltv.php?username=${U}&password=${P}`);
  });
});

describe('timeshiftUrl', () => {
  const winter = Date.UTC(2024, 2, 1, 19, 0, 0); // 2024-03-01 19:00 UTC
  const summer = Date.UTC(2024, 6, 1, 18, 30, 45); // 2024-07-01 18:30:45 UTC

  it('writes the start on the server clock: Europe/Berlin', () => {
    const berlin = { timezone: 'Europe/Berlin' };
    expect(timeshiftUrl(creds, '7', winter, 60, berlin)).toBe(
      `http://host.tv:8080/timeshift/${U}/${P}/60/2024-03-01:20-00/7.ts`,
    );
    expect(timeshiftUrl(creds, '7', summer, 45, berlin)).toMatch(/\/45\/2024-07-01:20-30\/7\.ts$/);
  });

  it('writes the start on the server clock: America/New_York', () => {
    const newYork = { timezone: 'America/New_York' };
    expect(timeshiftUrl(creds, '7', winter, 60, newYork)).toMatch(/\/60\/2024-03-01:14-00\/7\.ts$/);
    expect(timeshiftUrl(creds, '7', summer, 60, newYork)).toMatch(/\/60\/2024-07-01:14-30\/7\.ts$/);
  });

  it('crosses midnight into the server day', () => {
    const lateUtc = Date.UTC(2024, 11, 31, 23, 15);
    expect(timeshiftUrl(creds, '7', lateUtc, 30, { timezone: 'Europe/Berlin' })).toMatch(/2025-01-01:00-15/);
  });

  it('rounds the duration up to whole minutes and can ask for .m3u8', () => {
    expect(timeshiftUrl(creds, '7', winter, 44.2, { timezone: 'UTC' }, 'm3u8')).toMatch(
      /\/45\/2024-03-01:19-00\/7\.m3u8$/,
    );
  });

  it('uses the offset seen at login when the zone name is unknown', () => {
    expect(timeshiftUrl(creds, '7', winter, 60, { timezone: 'Mars/Olympus_Mons', utcOffsetMinutes: 60 })).toMatch(
      /2024-03-01:20-00/,
    );
  });

  it('falls back to UTC with neither zone nor offset', () => {
    expect(timeshiftUrl(creds, '7', winter, 60, {})).toMatch(/2024-03-01:19-00/);
  });

  describe('on engines without IANA time zones (e.g. Chromium 38 on webOS 3)', () => {
    const Original = Intl.DateTimeFormat;
    afterEach(() => {
      Intl.DateTimeFormat = Original;
    });

    it('uses the login offset when the engine throws on timeZone', () => {
      const throwing = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
        if (options?.timeZone && options.timeZone !== 'UTC') throw new RangeError('Unsupported time zone');
        return new Original(locale, options);
      };
      Intl.DateTimeFormat = throwing as unknown as typeof Intl.DateTimeFormat;
      expect(timeshiftUrl(creds, '7', winter, 60, { timezone: 'Asia/Kolkata', utcOffsetMinutes: 330 })).toMatch(
        /2024-03-02:00-30/,
      );
    });

    it('uses the login offset when the engine silently ignores timeZone', () => {
      const ignoring = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
        return new Original(locale, { ...options, timeZone: 'UTC' });
      };
      Intl.DateTimeFormat = ignoring as unknown as typeof Intl.DateTimeFormat;
      expect(timeshiftUrl(creds, '7', winter, 60, { timezone: 'Asia/Tokyo', utcOffsetMinutes: 540 })).toMatch(
        /2024-03-02:04-00/,
      );
    });

    it('reads the formatted string when formatToParts is missing (Chromium < 57)', () => {
      const withoutParts = function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
        const real = new Original(locale, options);
        return { format: (d: Date) => real.format(d), resolvedOptions: () => real.resolvedOptions() };
      };
      Intl.DateTimeFormat = withoutParts as unknown as typeof Intl.DateTimeFormat;
      expect(timeshiftUrl(creds, '7', winter, 60, { timezone: 'America/Chicago' })).toMatch(/2024-03-01:13-00/);
    });
  });
});

describe('createStreamUrls', () => {
  it("follows the account's allowed formats and server clock", () => {
    const current: { account?: Account } = {};
    const urls = createStreamUrls(
      () => creds,
      () => current.account,
    );
    expect(urls.live('1', 'm3u8')).toMatch(/1\.m3u8$/);
    current.account = {
      username: 'me@mail.com',
      password: 'p&ss word',
      status: 'Active',
      isTrial: false,
      allowedOutputFormats: ['ts'],
      server: { isXui: false, timezone: 'Europe/Berlin' },
    };
    expect(urls.live('1', 'm3u8')).toMatch(/1\.ts$/);
    expect(urls.timeshift('1', Date.UTC(2024, 2, 1, 19, 0), 30)).toMatch(/\/30\/2024-03-01:20-00\/1\.ts$/);
    expect(urls.movie('2', 'avi')).toMatch(/\/movie\/.*\/2\.avi$/);
    expect(urls.episode('3', 'mp4')).toMatch(/\/series\/.*\/3\.mp4$/);
    expect(urls.playlist()).toContain('get.php');
    expect(urls.xmltv()).toContain('xmltv.php');
  });
});
