/**
 * xmltv.php and XUI's /epg/U/P[/gz]: the whole guide as XMLTV, streamed channel by channel from the same
 * schedule as get_short_epg and get_simple_data_table (xtream-api.md §2.9).
 */
import { createGzip } from 'node:zlib';
import { findAccount, statusOf } from './accounts';
import type { Catalogue } from './catalogue';
import { nowSeconds, type RequestContext } from './context';
import { guideWindow, programmesBetween, type Programme } from './epg';
import { sendListRefusal } from './errors';
import { imageUrl } from './images';
import { corsHeaders } from './respond';
import { writePieces } from './streamWriter';
import { formatXmltvTime } from './time';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  if (!/[&<>"]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function programmeXml(p: Programme): string {
  let xml =
    `  <programme start="${formatXmltvTime(p.start)}" stop="${formatXmltvTime(p.stop)}" channel="${escapeXml(p.epgChannelId)}">\n` +
    `    <title lang="${p.lang}">${escapeXml(p.title)}</title>\n`;
  if (p.altTitle) xml += `    <title lang="${p.altTitle.lang}">${escapeXml(p.altTitle.title)}</title>\n`;
  xml += `    <desc lang="${p.lang}">${escapeXml(p.description)}</desc>\n`;
  xml += `    <category lang="en">${escapeXml(p.category)}</category>\n`;
  if (p.episode) {
    const { season, episode } = p.episode;
    xml += `    <episode-num system="xmltv_ns">${season - 1}.${episode - 1}.</episode-num>\n`;
    xml += `    <episode-num system="onscreen">S${season} E${episode}</episode-num>\n`;
  }
  return `${xml}  </programme>\n`;
}

/** The XMLTV document in pieces: header, all channels, then each channel's programmes. */
export function* xmltvPieces(catalogue: Catalogue, origin: string, nowSecondsValue: number): Generator<string> {
  const { from, to } = guideWindow(nowSecondsValue);
  const channels = catalogue.guideChannels();
  yield '<?xml version="1.0" encoding="utf-8" ?>\n<!DOCTYPE tv SYSTEM "xmltv.dtd">\n';
  yield `<tv generator-info-name="Xtream Codes" generator-info-url="${escapeXml(origin)}/">\n`;
  for (const c of channels) {
    const icon = imageUrl(origin, 'logo', c.streamId, c.logo);
    yield (
      `  <channel id="${escapeXml(c.epgChannelId ?? '')}">\n` +
      `    <display-name>${escapeXml(c.name)}</display-name>\n` +
      (icon ? `    <icon src="${escapeXml(icon)}" />\n` : '') +
      '  </channel>\n'
    );
  }
  for (const c of channels) {
    for (const p of programmesBetween(catalogue.seed, c.epgChannelId ?? '', c.kind, from, to)) yield programmeXml(p);
  }
  yield '</tv>\n';
}

/** Serves the guide; `gzip` compresses it (`xmltv.php?...&gz=1`, `/epg/U/P/gz`). */
export async function handleXmltv(ctx: RequestContext, username: string, password: string, gzip: boolean) {
  const { req, res, state } = ctx;
  const account = findAccount(state.accounts, username, password);
  if (!account || statusOf(account, nowSeconds(state)) !== 'Active') {
    return sendListRefusal(state.flavour, req, res);
  }
  res.writeHead(200, {
    ...corsHeaders(req),
    'Content-Type': gzip ? 'application/gzip' : 'application/xml; charset=utf-8',
    ...(gzip ? { 'Content-Disposition': 'attachment; filename="epg.xml.gz"' } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  const pieces = xmltvPieces(state.catalogue, ctx.origin, nowSeconds(state));
  if (!gzip) return writePieces(res, pieces, state.closing);
  const compressor = createGzip();
  compressor.pipe(res);
  res.on('close', () => compressor.destroy());
  await writePieces(compressor, pieces, state.closing);
}
