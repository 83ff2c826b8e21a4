/**
 * Watching a past programme from the channel's archive: the guide hands the chosen programme to the archive player
 * page (the route carries only the stream id and the start), and the playback source is built with the account's
 * own URL builders (for Xtream, the timeshift URL with the start written in the server's time zone).
 */
import type { GuideProgramme } from '../../epg';
import { catchupSource, type PlaybackSource } from '../../player';
import type { LiveStream } from '../../xtream';
import type { SignedIn } from '../context';

/** A past programme and its channel. */
export interface ArchiveRequest {
  channel: LiveStream;
  programme: GuideProgramme;
}

let pending: ArchiveRequest | undefined;

/** Remembers what the guide asked to play, for the archive route to pick up. */
export function requestArchive(request: ArchiveRequest): void {
  pending = request;
}

/** The programme the guide asked for, when it is the one the route names (a reload loses it). */
export function archiveRequestFor(streamId: string, start: number): ArchiveRequest | undefined {
  return pending && pending.channel.id === streamId && pending.programme.start === start ? pending : undefined;
}

/** The route of the archive player for a programme. */
export function archiveRoute(request: ArchiveRequest): string {
  return `archive/${encodeURIComponent(request.channel.id)}/${request.programme.start}`;
}

/** What the player loads for a past programme; undefined when the account has no archive reaching it. */
export function archiveSource(signedIn: SignedIn, request: ArchiveRequest): PlaybackSource | undefined {
  const { channel, programme } = request;
  const url = signedIn.source.catchupUrl(channel, programme);
  if (url === undefined) return undefined;
  const title = programme.title;
  if (signedIn.source.kind === 'xtream')
    return catchupSource(signedIn.client.urls, channel.id, programme, 'm3u8', { title });
  return { url, kind: 'catchup', id: `${channel.id}@${programme.start}`, title };
}
