/**
 * The one place that turns what the viewer picked (a channel, a past programme, a movie, an episode) into what the
 * player loads, through the signed-in account's own URL builders, with the viewer's settings: the live output
 * format (the other one stays the fallback), the account's User-Agent, and on the player the preferred engine,
 * the resolution limit and the buffer length.
 */
import type { GuideProgramme } from '../epg';
import type { PlatformMedia } from '../platform';
import {
  catchupSource,
  preferredLiveFormat,
  type EngineName,
  type EngineTuning,
  type PlaybackSource,
  type SourceHeaders,
  type StreamFormat,
} from '../player';
import type { Episode, LiveFormat, LiveStream, Movie } from '../xtream';
import type { AppContext, SignedIn } from './context';
import { currentPreferences, onPreferencesChange, type Preferences } from './preferences';
import { accountSettings, type AccountSettings, type LiveFormatSetting } from './settings/accountSettings';

/** Contexts whose player already follows the preferences. */
const following = new WeakSet<AppContext>();

function signedInOf(context: AppContext): SignedIn {
  // Every source is built here just before a load: the player's settings are in place before its first stream.
  if (!following.has(context)) followPlayerPreferences(context);
  const signedIn = context.signedIn;
  if (!signedIn) throw new Error('Not signed in');
  return signedIn;
}

function formatOf(live: LiveFormat): StreamFormat {
  return live === 'ts' ? 'mpegts' : 'hls';
}

/** The live output to ask for first: the viewer's setting, else what the platform plays best. */
export function liveFormatFor(media: PlatformMedia, setting: LiveFormatSetting): LiveFormat {
  return preferredLiveFormat(media, setting === 'auto' ? undefined : setting);
}

/** The request headers of the account's streams (its User-Agent, when it has one). */
export function headersFor(settings: AccountSettings): SourceHeaders | undefined {
  return settings.userAgent ? { userAgent: settings.userAgent } : undefined;
}

/**
 * A live channel: the chosen output first, the other one as the alternate the player falls back to when this
 * device cannot play the first (both the same when the account allows one output only).
 */
export function liveSourceFor(context: AppContext, channel: LiveStream): PlaybackSource {
  const signedIn = signedInOf(context);
  const settings = accountSettings(context);
  const format = liveFormatFor(context.platform.media(), settings.liveFormat);
  const other: LiveFormat = format === 'ts' ? 'm3u8' : 'ts';
  const url = signedIn.source.liveUrl(channel, format);
  const alternate = signedIn.source.liveUrl(channel, other);
  const source: PlaybackSource = {
    url,
    kind: 'live',
    id: channel.id,
    title: channel.name,
    format: formatOf(format),
    alternates: alternate === url ? [] : [{ url: alternate, format: formatOf(other) }],
  };
  const headers = headersFor(settings);
  return headers ? { ...source, headers } : source;
}

/**
 * A past programme from the channel's archive; undefined when the account's archive does not reach it. Catch-up is
 * asked for as HLS first whatever the live setting: a playlist seeks in every engine, a `.ts` download does not.
 */
export function catchupSourceFor(
  context: AppContext,
  channel: LiveStream,
  programme: GuideProgramme,
): PlaybackSource | undefined {
  const signedIn = signedInOf(context);
  const url = signedIn.source.catchupUrl(channel, programme);
  if (url === undefined) return undefined;
  const headers = headersFor(accountSettings(context));
  const title = programme.title;
  if (signedIn.source.kind === 'xtream') {
    return catchupSource(signedIn.client.urls, channel.id, programme, 'm3u8', { title, headers });
  }
  return { url, kind: 'catchup', id: `${channel.id}@${programme.start}`, title, headers };
}

/** A movie, resumed at `startAt` seconds when given. */
export function movieSourceFor(context: AppContext, movie: Movie, startAt?: number): PlaybackSource {
  const signedIn = signedInOf(context);
  const url = signedIn.source.movieUrl(movie);
  const headers = headersFor(accountSettings(context));
  return { url, kind: 'movie', id: movie.id, startAt, title: movie.name, headers };
}

/** An episode (its own id, not the series'), resumed at `startAt` seconds when given. */
export function episodeSourceFor(
  context: AppContext,
  episode: Episode,
  startAt?: number,
  title?: string,
): PlaybackSource {
  const signedIn = signedInOf(context);
  const url = signedIn.source.episodeUrl(episode);
  const headers = headersFor(accountSettings(context));
  return { url, kind: 'episode', id: episode.id, startAt, title, headers };
}

/** Engine settings that follow the TV's preferences, with the picture limit the streaming libraries honour. */
export type PlayerTuning = Partial<EngineTuning> & Pick<EngineTuning, 'maxVideoHeight'>;

/** The player's buffer and resolution settings for `preferences`. */
export function playerTuningFor(preferences: Pick<Preferences, 'bufferSeconds' | 'maxHeight'>): PlayerTuning {
  const seconds = preferences.bufferSeconds;
  return {
    forwardBufferSeconds: seconds,
    // About 1 MB a second: room for the buffer at HD bitrates, and the default 30 MB at the default 30 s.
    maxBufferBytes: seconds * 1000 * 1000,
    maxVideoHeight: preferences.maxHeight,
  };
}

/** The engine the player should try first, or undefined for the device's own order. */
export function preferredEngineFor(
  preferences: Pick<Preferences, 'engine'>,
  media: PlatformMedia,
): EngineName | undefined {
  const engine = preferences.engine;
  return engine !== 'auto' && media.engines.indexOf(engine) >= 0 ? engine : undefined;
}

/** Hands the TV's playback preferences to the player; they apply from the next stream it loads. */
export function applyPlayerPreferences(context: AppContext, preferences: Preferences = currentPreferences()): void {
  const player = context.player;
  player.setPreferredEngine(preferredEngineFor(preferences, context.platform.media()));
  player.setTuning(playerTuningFor(preferences));
}

/** Keeps the player on the TV's playback preferences from now on (called once at start-up); returns the undo. */
export function followPlayerPreferences(context: AppContext): () => void {
  following.add(context);
  applyPlayerPreferences(context);
  const stop = onPreferencesChange((preferences) => applyPlayerPreferences(context, preferences));
  return () => {
    following.delete(context);
    stop();
  };
}
