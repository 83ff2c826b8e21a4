/** get.php: the account's playlist as M3U (XC2 m3u_plus template, or plain m3u) (xtream-api.md §4.5). */
import { findAccount, statusOf } from './accounts';
import type { Catalogue } from './catalogue';
import { nowSeconds, type RequestContext } from './context';
import { sendListRefusal } from './errors';
import { imageUrl } from './images';
import { corsHeaders } from './respond';
import { writePieces } from './streamWriter';

/** What the playlist entries point at, bound to one account. */
interface PlaylistTarget {
  origin: string;
  user: string;
  pass: string;
  liveExtension: 'ts' | 'm3u8';
  plus: boolean;
}

function entry(t: PlaylistTarget, name: string, attrs: { id: string; logo: string; group: string }, url: string) {
  // XC2 pastes names into the attributes as they are (quotes included); clients must cope.
  const info = t.plus
    ? `#EXTINF:-1 tvg-id="${attrs.id}" tvg-name="${name}" tvg-logo="${attrs.logo}" group-title="${attrs.group}",${name}`
    : `#EXTINF:-1,${name}`;
  return `${info}\n${url}\n`;
}

function* playlistLines(catalogue: Catalogue, t: PlaylistTarget): Generator<string> {
  const credentials = `${t.user}/${t.pass}`;
  const groups = new Map(
    [...catalogue.liveCategories, ...catalogue.vodCategories, ...catalogue.seriesCategories].map((c) => [c.id, c.name]),
  );
  const tvg = `${t.origin}/xmltv.php?username=${t.user}&password=${t.pass}`;
  yield t.plus ? `#EXTM3U url-tvg="${tvg}" x-tvg-url="${tvg}"\n` : '#EXTM3U\n';
  for (const c of catalogue.liveChannels()) {
    const attrs = {
      id: c.epgChannelId ?? '',
      logo: imageUrl(t.origin, 'logo', c.streamId, c.logo),
      group: groups.get(c.categoryId) ?? '',
    };
    yield entry(t, c.name, attrs, `${t.origin}/live/${credentials}/${c.streamId}.${t.liveExtension}`);
  }
  for (const m of catalogue.movies()) {
    const attrs = {
      id: '',
      logo: imageUrl(t.origin, 'poster', m.streamId, m.poster),
      group: groups.get(m.categoryId) ?? '',
    };
    yield entry(t, m.xc2Name, attrs, `${t.origin}/movie/${credentials}/${m.streamId}.${m.containerExtension}`);
  }
  for (const s of catalogue.seriesList()) {
    const attrs = {
      id: '',
      logo: imageUrl(t.origin, 'poster', s.seriesId, s.poster),
      group: groups.get(s.categoryId) ?? '',
    };
    for (const e of catalogue.episodesOf(s)) {
      const name = `${s.title} S${String(e.season).padStart(2, '0')} E${String(e.episodeNum).padStart(2, '0')}`;
      yield entry(t, name, attrs, `${t.origin}/series/${credentials}/${e.id}.${e.containerExtension}`);
    }
  }
}

/** Serves get.php?username&password&type=m3u_plus|m3u&output=ts|m3u8 (streamed). */
export async function handleGetPhp(ctx: RequestContext): Promise<void> {
  const { req, res, url, state } = ctx;
  const username = url.searchParams.get('username') ?? '';
  const password = url.searchParams.get('password') ?? '';
  const account = findAccount(state.accounts, username, password);
  if (!account || statusOf(account, nowSeconds(state)) !== 'Active') {
    return sendListRefusal(state.flavour, req, res);
  }
  const output = url.searchParams.get('output') ?? 'ts';
  // XC2 GenerateList maps hls to m3u8 and mpegts to ts.
  const liveExtension = output === 'm3u8' || output === 'hls' ? 'm3u8' : 'ts';
  const target: PlaylistTarget = {
    origin: ctx.origin,
    user: encodeURIComponent(username),
    pass: encodeURIComponent(password),
    liveExtension,
    plus: url.searchParams.get('type') !== 'm3u',
  };
  res.writeHead(200, {
    ...corsHeaders(req),
    'Content-Type': 'audio/x-mpegurl; charset=utf-8',
    'Content-Disposition': 'attachment; filename="tv_channels.m3u"',
  });
  if (req.method === 'HEAD') return void res.end();
  await writePieces(res, playlistLines(state.catalogue, target), state.closing);
}
