import { XtreamError } from './errors';

/** What the viewer typed (or pasted) on the sign-in page. */
export interface CredentialsInput {
  server: string;
  username: string;
  password: string;
}

/** Credentials ready to use: `server` is an origin such as 'http://host:8080' with no trailing slash. */
export interface RepairedCredentials {
  server: string;
  username: string;
  password: string;
  /** One sentence per fix applied to what was typed, e.g. "Added http:// in front of the server address." */
  repairs: string[];
}

// Zero-width characters, soft hyphen, direction marks and the BOM: invisible, and never part of an address.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// No-break and other Unicode spaces, tabs and line breaks, as pasted from emails and PDFs.
const ODD_SPACES = /[\t\n\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const BROKEN_HTTP_SCHEME = /^(https?)(?::\/(?!\/)|\/\/|:\/{3,})/i;
const HOST = /^[^\s/?#@:[\]\\,;'"<>|{}^`%!$&()*+=~]+$/;
const SHORT_STREAM_ID = /^\d+(\.[a-z0-9]+)?$/i;
const PATH_WITH_CREDENTIALS = [
  'live',
  'movie',
  'series',
  'timeshift',
  'timeshifts',
  'player_api',
  'playlist',
  'epg',
  'xmltv',
];

interface LinkCredentials {
  username?: string;
  password?: string;
}

function invalid(field: string, problems: string[]): XtreamError {
  return new XtreamError('INVALID_INPUT', problems.join(' '), { details: { field, problems } });
}

/** Removes invisible characters, turns odd spaces into plain ones, and trims; notes each fix. */
function cleanField(value: unknown, label: string, repairs: string[]): string {
  let out = typeof value === 'string' ? value : '';
  const visible = out.replace(INVISIBLE, '');
  if (visible !== out) repairs.push(`Removed invisible characters from the ${label}.`);
  out = visible.replace(ODD_SPACES, ' ');
  const trimmed = out.trim();
  if (trimmed !== out) repairs.push(`Removed spaces before or after the ${label}.`);
  return trimmed;
}

function decode(part: string, plusIsSpace: boolean): string {
  const raw = plusIsSpace ? part.replace(/\+/g, ' ') : part;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function queryCredentials(query: string): LinkCredentials {
  const found: LinkCredentials = {};
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    // PHP reads '+' in a query as a space, so a pasted link means what the panel would see.
    const key = decode(pair.slice(0, eq), true).toLowerCase();
    const value = decode(pair.slice(eq + 1), true);
    if (key === 'username' && value !== '') found.username = value;
    if (key === 'password' && value !== '') found.password = value;
  }
  return found;
}

function pathCredentials(path: string): LinkCredentials {
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decode(s, false));
  if (segments.length >= 3 && PATH_WITH_CREDENTIALS.indexOf(segments[0].toLowerCase()) !== -1) {
    return { username: segments[1], password: segments[2] };
  }
  // The short stream form /U/P/ID (XC2 and XUI rewrite it to /live/).
  if (segments.length === 3 && SHORT_STREAM_ID.test(segments[2])) {
    return { username: segments[0], password: segments[1] };
  }
  return {};
}

interface ParsedServer {
  origin: string;
  fromLink: LinkCredentials;
}

function fixScheme(server: string, repairs: string[]): string {
  const broken = BROKEN_HTTP_SCHEME.exec(server);
  if (broken) {
    repairs.push(`Corrected "${broken[0]}" to "${broken[1].toLowerCase()}://" at the start of the server address.`);
    return `${broken[1].toLowerCase()}://${server.slice(broken[0].length)}`;
  }
  const scheme = SCHEME.exec(server);
  if (!scheme) {
    repairs.push('Added http:// in front of the server address.');
    return `http://${server}`;
  }
  const name = scheme[1].toLowerCase();
  if (name !== 'http' && name !== 'https') {
    throw invalid('server', [
      `${name}:// addresses are not supported. Enter the http:// (or https://) address of the server.`,
    ]);
  }
  return `${name}://${server.slice(scheme[0].length)}`;
}

function hostAndPort(authority: string, repairs: string[]): { host: string; port?: string; problems: string[] } {
  const problems: string[] = [];
  let host = authority;
  let port: string | undefined;
  const ipv6 = /^(\[[0-9a-f:.]+\])(?::(.*))?$/i.exec(authority);
  if (ipv6) {
    host = ipv6[1];
    port = ipv6[2];
  } else {
    const colon = authority.lastIndexOf(':');
    if (colon !== -1) {
      host = authority.slice(0, colon);
      port = authority.slice(colon + 1);
    }
  }
  host = host.toLowerCase();
  if (host === '') problems.push('The server address has no host name.');
  else if (/\s/.test(host)) problems.push(`The server name "${host}" contains a space.`);
  else if (!ipv6 && !HOST.test(host))
    problems.push(`The server name "${host}" contains characters a server name cannot have.`);
  if (port !== undefined && port !== '') {
    const n = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
    if (!(n >= 1 && n <= 65535)) problems.push(`The port "${port}" is not a number between 1 and 65535.`);
    else port = String(n);
  } else if (port === '') {
    repairs.push('Removed the lone ":" after the server name.');
  }
  return { host, port: port === '' ? undefined : port, problems };
}

function parseServer(server: string, repairs: string[]): ParsedServer {
  if (server === '') throw invalid('server', ['Enter the server address your provider sent you.']);
  const withScheme = fixScheme(server, repairs);
  const m = /^(https?):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(withScheme);
  if (!m) throw invalid('server', [`"${server}" is not a server address.`]);
  const [, scheme, authorityWithUser, path, query = ''] = m;
  const fromLink: LinkCredentials = {};
  let authority = authorityWithUser;
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    const [user, pass] = authority.slice(0, at).split(':');
    if (user) fromLink.username = decode(user, false);
    if (pass) fromLink.password = decode(pass, false);
    authority = authority.slice(at + 1);
  }
  const { host, port, problems } = hostAndPort(authority, repairs);
  if (problems.length > 0) throw invalid('server', problems);
  const linked = { ...pathCredentials(path), ...queryCredentials(query.slice(1)) };
  Object.assign(fromLink, linked);
  const found = fromLink.username !== undefined || fromLink.password !== undefined;
  const origin = `${scheme}://${host}${port ? `:${port}` : ''}`;
  if (found) repairs.push('Took the server address and account details from the pasted link.');
  else if (path === '/' && query === '') repairs.push('Removed the / at the end of the server address.');
  else if (path !== '' || query !== '') {
    repairs.push(`Removed "${path}${query}" after the server address: the app adds what it needs.`);
  }
  return { origin, fromLink };
}

function merge(typed: string, fromLink: string | undefined, label: string, repairs: string[]): string {
  if (fromLink === undefined || fromLink === typed) return typed;
  if (typed === '') return fromLink;
  repairs.push(`The pasted link has a different ${label} from the one you typed; the one you typed is used.`);
  return typed;
}

/**
 * Turns what the viewer typed into usable credentials: trims spaces and invisible characters,
 * adds a missing http://, keeps the port, drops any path, and takes the username and password
 * from a pasted link of any Xtream form (get.php, player_api.php, xmltv.php, /live/U/P/ID.ts,
 * /movie/..., /series/..., /U/P/ID). Typed credentials win over the link's.
 * Throws XtreamError `INVALID_INPUT` saying what is wrong.
 *
 * @example
 * ```ts
 * repairCredentials({ server: ' host.tv:8080/get.php?username=a&password=b&type=m3u', username: '', password: '' });
 * // → { server: 'http://host.tv:8080', username: 'a', password: 'b', repairs: [...] }
 * ```
 */
export function repairCredentials(input: CredentialsInput): RepairedCredentials {
  const repairs: string[] = [];
  const server = cleanField(input.server, 'server address', repairs);
  const { origin, fromLink } = parseServer(server, repairs);
  const typedUser = cleanField(input.username, 'username', repairs);
  const typedPass = cleanField(input.password, 'password', repairs);
  const username = merge(typedUser, fromLink.username, 'username', repairs);
  const password = merge(typedPass, fromLink.password, 'password', repairs);
  const problems: string[] = [];
  if (username === '') problems.push('Enter your username.');
  if (password === '') problems.push('Enter your password.');
  if (problems.length > 0) throw invalid(username === '' ? 'username' : 'password', problems);
  return { server: origin, username, password, repairs };
}
