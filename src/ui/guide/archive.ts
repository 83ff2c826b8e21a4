/**
 * Watching a past programme from the channel's archive: the guide hands the chosen programme to the archive player
 * page (the route carries only the stream id and the start), and the playback source is built with the account's
 * own URL builders (for Xtream, the timeshift URL with the start written in the server's time zone).
 */
import type { GuideProgramme } from '../../epg';
import type { PlaybackSource } from '../../player';
import type { LiveStream } from '../../xtream';
import { appContext, type AppContext, type SignedIn } from '../context';
import { catchupSourceFor } from '../playback';

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

/**
 * What the player loads for a past programme (built with the account's settings, see `playback.ts`); undefined
 * when the account has no archive reaching it.
 */
export function archiveSource(from: AppContext | SignedIn, request: ArchiveRequest): PlaybackSource | undefined {
  // Given the signed-in account alone, the account is the app's current one.
  const context = 'player' in from ? from : appContext();
  return catchupSourceFor(context, request.channel, request.programme);
}
