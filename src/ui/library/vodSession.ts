/**
 * One visit to the VOD player: what plays (a movie, or an episode followed by the rest of the series through an
 * {@link EpisodeQueue}), saving the position while it plays ({@link ResumeTracker}), marking episodes watched, and
 * the countdown to the next episode at the end. The page draws what this reports and forwards the keys.
 */
import { EpisodeQueue, ResumeTracker, type PlaybackSource } from '../../player';
import { playbackAccount, type AppContext } from '../context';
import { Countdown, type CountdownTimers } from './countdown';
import { userData } from './libraryData';
import { episodeSourceFor, episodeTitle, movieSourceFor, type PlayRequest, type WatchKind } from './playRequest';
import { markEpisodeWatched, trackWrite, worthResuming } from './watchProgress';

/** Seconds of countdown before the next episode. */
export const NEXT_EPISODE_SECONDS = 10;
/** Past this fraction an episode counts as watched (the credits need not be sat through). */
const WATCHED_FRACTION = 0.95;

/** One playable entry of the session. */
export interface SessionItem {
  kind: WatchKind;
  id: string;
  title: string;
  source: PlaybackSource;
}

/** What the session tells the page. */
export interface VodSessionEvents {
  /** An item starts (the first one, or the next episode). */
  item(item: SessionItem): void;
  /** The countdown to `next` shows `seconds`. */
  countdown(seconds: number, next: SessionItem): void;
  /** Playback ended with nothing to go on with (or the countdown was cancelled). */
  finished(): void;
}

/** The entries a request plays, and the index of the first. */
export function sessionItems(context: AppContext, request: PlayRequest): { items: SessionItem[]; start: number } {
  if (request.kind === 'movie' && request.movie) {
    const movie = request.movie;
    const source = movieSourceFor(context, movie, request.startAt);
    return { items: [{ kind: 'movie', id: movie.id, title: request.title, source }], start: 0 };
  }
  const episodes = request.episodes ?? [];
  const items = episodes.map((episode): SessionItem => {
    const title = episodeTitle(request.seriesName, episode);
    const startAt = episode.id === request.id ? request.startAt : undefined;
    return { kind: 'episode', id: episode.id, title, source: episodeSourceFor(context, episode, startAt, title) };
  });
  return {
    items,
    start: Math.max(
      0,
      items.findIndex((item) => item.id === request.id),
    ),
  };
}

/** See the file comment. */
export class VodSession {
  private readonly items: SessionItem[];
  private readonly queue: EpisodeQueue;
  private tracker: ResumeTracker | undefined;
  private readonly countdown: Countdown;
  private nextItem: SessionItem | undefined;
  /** The series of the episodes, for "recently watched". */
  private readonly seriesId: string | undefined;

  constructor(
    private readonly context: AppContext,
    request: PlayRequest,
    private readonly events: VodSessionEvents,
    timers?: CountdownTimers,
  ) {
    const { items, start } = sessionItems(context, request);
    this.seriesId = request.seriesId;
    this.items = items;
    this.queue = new EpisodeQueue(
      items.map((item) => item.source),
      start,
    );
    this.countdown = new Countdown(
      (seconds) => {
        if (this.nextItem) this.events.countdown(seconds, this.nextItem);
      },
      (how) => {
        if (how === 'cancelled') this.events.finished();
        else this.playNext();
      },
      timers,
    );
  }

  /** The item playing now. */
  get current(): SessionItem | undefined {
    return this.items[this.items.length === 0 ? -1 : this.indexOf(this.queue.current)];
  }

  get countingDown(): boolean {
    return this.countdown.isRunning;
  }

  /** Starts the current item. */
  start(): void {
    const item = this.current;
    if (!item) return;
    this.play(item);
  }

  /** The player reports the end: mark it, then count down to the next episode or finish. */
  ended(): void {
    const item = this.current;
    if (item && item.kind === 'episode')
      void markEpisodeWatched(userData(this.context), item.id).catch(() => undefined);
    const next = this.queue.peek();
    this.nextItem = next ? this.items[this.indexOf(next)] : undefined;
    if (this.nextItem) this.countdown.start(NEXT_EPISODE_SECONDS);
    else this.events.finished();
  }

  /** OK during the countdown: the next episode now. */
  skipCountdown(): boolean {
    if (!this.countdown.isRunning) return false;
    this.countdown.skip();
    return true;
  }

  /** Back during the countdown: stay on the finished episode. */
  cancelCountdown(): boolean {
    if (!this.countdown.isRunning) return false;
    this.countdown.cancel();
    return true;
  }

  /** Saves the position a last time and stops listening (the page stops the player). */
  dispose(): void {
    this.countdown.cancel();
    if (this.tracker) this.tracker.dispose();
    this.tracker = undefined;
  }

  private indexOf(source: PlaybackSource | undefined): number {
    return source ? this.items.findIndex((item) => item.source === source) : -1;
  }

  private playNext(): void {
    const next = this.queue.next();
    const item = next ? this.items[this.indexOf(next)] : undefined;
    if (item) this.play(item);
    else this.events.finished();
  }

  private play(item: SessionItem): void {
    const context = this.context;
    if (this.tracker) this.tracker.dispose();
    const data = userData(context);
    const progressKind = item.kind === 'movie' ? 'movie' : 'series';
    // The tracker's own threshold is lowered: worthResuming decides, so short items can resume too.
    this.tracker = new ResumeTracker({
      minPositionSec: 1,
      save: (positionSec, durationSec) => {
        if (!data || !worthResuming(positionSec, durationSec)) return undefined;
        const done = durationSec > 0 && positionSec >= durationSec * WATCHED_FRACTION;
        if (done && item.kind === 'episode') void markEpisodeWatched(data, item.id).catch(() => undefined);
        return trackWrite(data.saveResumePosition({ kind: progressKind, id: item.id, positionSec, durationSec }));
      },
    });
    this.tracker.attach(context.player);
    this.events.item(item);
    if (data) {
      const watchedId = item.kind === 'movie' ? item.id : this.seriesId;
      if (watchedId) void data.markWatched(progressKind, watchedId).catch(() => undefined);
    }
    const signedIn = context.signedIn;
    void context.player.load(item.source, playbackAccount(signedIn));
  }
}
