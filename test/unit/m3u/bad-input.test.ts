import { isPlaylistError, parsePlaylist, PlaylistError, PlaylistParser } from '../../../src/m3u';

function errorOf(text: string): PlaylistError {
  try {
    parsePlaylist(text);
  } catch (error) {
    if (isPlaylistError(error)) return error;
    throw error;
  }
  throw new Error('expected a PlaylistError');
}

describe('input that is not a playlist', () => {
  it('rejects a web page with NOT_A_PLAYLIST and says the server answered a web page', () => {
    const error = errorOf('<!DOCTYPE html>\n<html><head><title>Login</title></head><body>Please sign in</body></html>');
    expect(error).toBeInstanceOf(PlaylistError);
    expect(error).toMatchObject({ name: 'PlaylistError', code: 'NOT_A_PLAYLIST', found: 'html' });
    expect(error.message).toMatch(/the server answered a web page, not a playlist/i);
    expect(error.excerpt).toMatch(/^<!DOCTYPE html>/);
  });

  it('rejects a web page that starts with blank lines or a byte order mark', () => {
    expect(errorOf('\uFEFF\r\n\r\n  <html>\n<body>Forbidden</body></html>').found).toBe('html');
  });

  it('rejects an XML document (a TV guide given as a playlist)', () => {
    expect(errorOf('<?xml version="1.0" encoding="UTF-8"?>\n<tv generator-info-name="x"></tv>').found).toBe('xml');
  });

  it('rejects JSON (an Xtream API answer)', () => {
    expect(errorOf('{"user_info":{"auth":0}}').found).toBe('json');
    expect(errorOf('[]').found).toBe('json');
  });

  it('rejects binary data such as a gzip file that was not decompressed', () => {
    expect(errorOf('\u001f\u008b\u0008\u0000\u0000\u0000\u0000\u0000').found).toBe('binary');
  });

  it('rejects a plain-text message', () => {
    const error = errorOf('Invalid username or password\n');
    expect(error.found).toBe('text');
    expect(error.excerpt).toBe('Invalid username or password');
  });

  it('throws from the incremental parser as soon as the first line is complete', () => {
    const parser = new PlaylistParser();
    expect(parser.push('<!DOCTYPE ht')).toEqual([]);
    expect(() => parser.push('ml>\n<html>')).toThrow(PlaylistError);
  });
});

describe('playlists with nothing to play', () => {
  it('returns no entries and an EMPTY_PLAYLIST warning for a header alone', () => {
    const { value, warnings } = parsePlaylist('#EXTM3U\r\n');
    expect(value.entries).toEqual([]);
    expect(warnings).toEqual([{ code: 'EMPTY_PLAYLIST', line: 1, message: 'The playlist has no entries' }]);
  });

  it('returns no entries and a warning for an empty answer', () => {
    const { value, warnings } = parsePlaylist('');
    expect(value).toEqual({ header: { tvgUrls: [], attributes: {} }, entries: [] });
    expect(warnings.map((warning) => warning.code)).toEqual(['EMPTY_PLAYLIST']);
  });

  it('warns about every skipped entry, with its line, then about the empty result', () => {
    const { value, warnings } = parsePlaylist('#EXTM3U\n#EXTINF:-1,A\n#EXTINF:-1,B\n');
    expect(value.entries).toEqual([]);
    expect(warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['ENTRY_WITHOUT_URL', 2],
      ['ENTRY_WITHOUT_URL', 3],
      ['EMPTY_PLAYLIST', 3],
    ]);
  });
});

describe('warning limits', () => {
  it('lists up to maxWarnings warnings, then counts the rest in one', () => {
    const text =
      '#EXTM3U\n' +
      Array.from({ length: 10 }, (_, i) => `#EXTINF:-1,No URL ${i}`).join('\n') +
      '\n#EXTINF:-1,Ok\nhttp://a/1\n';
    const { warnings } = parsePlaylist(text, { maxWarnings: 3 });
    expect(warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['ENTRY_WITHOUT_URL', 2],
      ['ENTRY_WITHOUT_URL', 3],
      ['ENTRY_WITHOUT_URL', 4],
      ['MORE_WARNINGS', 13],
    ]);
    expect(warnings[3].message).toBe('7 more warnings not listed');
  });
});
