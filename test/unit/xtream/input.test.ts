import { repairCredentials } from '../../../src/xtream/input';
import { isXtreamError, type XtreamError } from '../../../src/xtream/errors';
import { apiUrl, liveUrl } from '../../../src/xtream/urls';

function repair(server: string, username = 'user', password = 'pass') {
  return repairCredentials({ server, username, password });
}

function rejection(server: string, username = 'user', password = 'pass'): XtreamError {
  try {
    repairCredentials({ server, username, password });
  } catch (error) {
    if (isXtreamError(error)) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(server)} to be rejected`);
}

describe('repairCredentials: the server address', () => {
  it.each([
    ['host.tv', 'http://host.tv'],
    ['host.tv:8080', 'http://host.tv:8080'],
    ['  host.tv:8080  ', 'http://host.tv:8080'],
    ['http://host.tv:8080/', 'http://host.tv:8080'],
    ['https://host.tv', 'https://host.tv'],
    ['HTTP://Host.TV:25461', 'http://host.tv:25461'],
    ['http://host.tv:8080/player_api.php', 'http://host.tv:8080'],
    ['http://host.tv:8080/c/', 'http://host.tv:8080'],
    ['192.168.1.20:25461', 'http://192.168.1.20:25461'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['http:/host.tv', 'http://host.tv'],
    ['https:///host.tv:443', 'https://host.tv:443'],
    ['host.tv:', 'http://host.tv'],
  ])('repairs %j to %j', (typed, server) => {
    expect(repair(typed).server).toBe(server);
  });

  it('says what it fixed, one sentence per fix', () => {
    const { repairs } = repair(' host.tv:8080/ ');
    expect(repairs).toEqual([
      'Removed spaces before or after the server address.',
      'Added http:// in front of the server address.',
      'Removed the / at the end of the server address.',
    ]);
  });

  it('keeps the port it was given', () => {
    expect(repair('host.tv:80').server).toBe('http://host.tv:80');
    expect(repair('https://host.tv:8443/').server).toBe('https://host.tv:8443');
  });

  it('drops a path and says so', () => {
    const { server, repairs } = repair('http://host.tv:8080/player_api.php');
    expect(server).toBe('http://host.tv:8080');
    expect(repairs).toEqual(['Removed "/player_api.php" after the server address: the app adds what it needs.']);
  });

  it('reports nothing for an address that needs no fix', () => {
    expect(repair('http://host.tv:8080').repairs).toEqual([]);
  });
});

describe('repairCredentials: invisible characters and odd spaces', () => {
  it('removes zero-width characters and the BOM from every field', () => {
    const result = repairCredentials({
      server: '\u200bhost.tv:8080\u200d',
      username: '\ufeffuser\u2060',
      password: 'pa\u200css',
    });
    expect(result).toMatchObject({ server: 'http://host.tv:8080', username: 'user', password: 'pass' });
    expect(result.repairs).toContain('Removed invisible characters from the username.');
    expect(result.repairs).toContain('Removed invisible characters from the password.');
  });

  it('trims no-break and other Unicode spaces', () => {
    const result = repairCredentials({ server: '\u00a0host.tv\u2003', username: 'user\u00a0', password: '\u3000pass' });
    expect(result).toMatchObject({ server: 'http://host.tv', username: 'user', password: 'pass' });
    expect(result.repairs).toContain('Removed spaces before or after the password.');
  });

  it('keeps spaces inside a username', () => {
    expect(repairCredentials({ server: 'host.tv', username: 'john smith', password: 'p' }).username).toBe('john smith');
  });
});

describe('repairCredentials: pasted links', () => {
  it.each([
    ['http://host.tv:8080/get.php?username=alice&password=s3cret&type=m3u_plus&output=ts'],
    ['http://host.tv:8080/player_api.php?username=alice&password=s3cret'],
    ['http://host.tv:8080/xmltv.php?username=alice&password=s3cret'],
    ['http://host.tv:8080/live/alice/s3cret/1234.ts'],
    ['http://host.tv:8080/live/alice/s3cret/1234.m3u8'],
    ['http://host.tv:8080/movie/alice/s3cret/99.mkv'],
    ['http://host.tv:8080/series/alice/s3cret/5501.mp4'],
    ['http://host.tv:8080/timeshift/alice/s3cret/60/2024-03-01:20-00/1234.ts'],
    ['http://host.tv:8080/alice/s3cret/1234'],
    ['host.tv:8080/alice/s3cret/1234.ts'],
  ])('takes the server and credentials from %s', (link) => {
    const result = repairCredentials({ server: link, username: '', password: '' });
    expect(result).toMatchObject({ server: 'http://host.tv:8080', username: 'alice', password: 's3cret' });
    expect(result.repairs).toContain('Took the server address and account details from the pasted link.');
  });

  it('decodes percent-encoded credentials in a link, and + as a space in a query (as PHP does)', () => {
    const result = repairCredentials({
      server: 'http://host.tv/get.php?username=a%40b.com&password=x+y%26z&type=m3u',
      username: '',
      password: '',
    });
    expect(result).toMatchObject({ username: 'a@b.com', password: 'x y&z' });
  });

  it('prefers typed credentials when they differ from the link, and says so', () => {
    const result = repairCredentials({
      server: 'http://host.tv/get.php?username=alice&password=old',
      username: 'alice',
      password: 'new',
    });
    expect(result).toMatchObject({ username: 'alice', password: 'new' });
    expect(result.repairs).toContain(
      'The pasted link has a different password from the one you typed; the one you typed is used.',
    );
  });

  it('fills only the empty field from the link', () => {
    const result = repairCredentials({
      server: 'http://host.tv/live/alice/s3cret/1.ts',
      username: 'alice',
      password: '',
    });
    expect(result).toMatchObject({ username: 'alice', password: 's3cret' });
  });
});

describe('repairCredentials: input that cannot be a server', () => {
  it.each([
    ['', 'Enter the server address'],
    ['   ', 'Enter the server address'],
    ['http://my server.tv', 'contains a space'],
    ['host.tv:99999', 'not a number between 1 and 65535'],
    ['host.tv:80a', 'not a number between 1 and 65535'],
    ['rtmp://host.tv:1935', 'rtmp:// addresses are not supported'],
    ['ftp://host.tv', 'ftp:// addresses are not supported'],
    ['http://', 'no host name'],
    ['http://host,tv', 'characters a server name cannot have'],
  ])('rejects %j: %s', (server, what) => {
    const error = rejection(server);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(what);
    expect(error.details).toMatchObject({ field: 'server' });
  });

  it('rejects empty username and password, naming both', () => {
    const error = rejection('host.tv', '', '  ');
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Enter your username. Enter your password.');
  });
});

describe('credentials in request URLs', () => {
  it.each([
    ['me@mail.com', 'p&ss', 'me%40mail.com', 'p%26ss'],
    ['a+b', 'c d', 'a%2Bb', 'c%20d'],
    ['x/y', 'p?#', 'x%2Fy', 'p%3F%23'],
  ])('percent-encodes %j / %j', (username, password, encodedUser, encodedPass) => {
    const creds = repairCredentials({ server: 'host.tv:8080', username, password });
    expect(apiUrl(creds, 'get_live_streams')).toBe(
      `http://host.tv:8080/player_api.php?username=${encodedUser}&password=${encodedPass}&action=get_live_streams`,
    );
    expect(liveUrl(creds, '7', 'ts')).toBe(`http://host.tv:8080/live/${encodedUser}/${encodedPass}/7.ts`);
  });
});
