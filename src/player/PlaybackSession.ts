import { AttemptPlan } from './AttemptPlan';
import type { Engine, EngineFailure, EngineSink } from './engines/Engine';
import { PlayerError } from './PlayerError';
import { isFinalAnswer, withDropCause, withUrlStatus, type ServerAnswer } from './resilience/askServer';
import { isDroppedLiveTs } from './resilience/droppedLine';
import { decideFailure } from './resilience/failureDecision';
import { ReconnectBudget } from './resilience/ReconnectBudget';
import { RecoveryLimiter } from './resilience/RecoveryLimiter';
import { startWatchdog, type StallWatchdog } from './resilience/StallWatchdog';
import type { SessionFigures, SessionSetup } from './sessionTypes';

/**
 * One `load()`: tries the engine attempts in order (fallback), keeps the stream alive (stall watchdog, reconnect with
 * capped exponential backoff, rate-limited media recovery) and ends in an error it can explain. A session plays one
 * source; a channel change disposes it and makes a new one, so a slow old load can never come back to life.
 */
export class PlaybackSession {
  private engine: Engine | undefined;
  /** Bumped for every engine instance; callbacks of older instances are ignored. */
  private token = 0;
  private disposed = false;
  private started = false;
  private wantPaused = false;
  private lastPosition: number | undefined;
  private startedAt: number;
  private startupMs: number | undefined;
  private watchdog: StallWatchdog | undefined;
  /** The last problem the current engine worked around itself (see EngineSink.trouble). */
  private trouble: EngineFailure | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly plan: AttemptPlan;
  private readonly budget: ReconnectBudget;
  private readonly limiter: RecoveryLimiter;
  private readonly now: () => number;
  private readonly live: boolean;

  constructor(private readonly setup: SessionSetup) {
    this.now = setup.now ?? Date.now;
    this.startedAt = this.now();
    this.live = setup.source.kind === 'live';
    this.plan = new AttemptPlan(setup.attempts);
    this.budget = new ReconnectBudget(setup.policy);
    this.limiter = new RecoveryLimiter(setup.policy.maxMediaRecoveries, setup.policy.mediaRecoveryWindowMs, this.now);
  }

  /** Starts the first attempt. */
  start(): Promise<void> {
    if (this.plan.empty) {
      this.fail(new PlayerError('UNSUPPORTED_FORMAT', 'This device has no player for this kind of stream.'));
      return Promise.resolve();
    }
    return this.runAttempt(0, this.setup.source.startAt);
  }

  /** The engine playing now, if any. */
  get current(): Engine | undefined {
    return this.engine;
  }

  /** Reconnects, recoveries, start-up time and the attempt in use. */
  figures(): SessionFigures {
    return {
      reconnects: this.budget.count,
      mediaRecoveries: this.limiter.count,
      startupMs: this.startupMs,
      attempt: this.plan.current,
    };
  }

  play(): void {
    this.wantPaused = false;
    if (this.watchdog) this.watchdog.rearm();
    if (this.engine) this.engine.play();
  }

  pause(): void {
    this.wantPaused = true;
    if (this.engine) this.engine.pause();
    this.setup.events.state('paused');
  }

  /** Seeks VOD and catch-up; returns false for live, which has nothing to seek in. */
  seek(seconds: number): boolean {
    if (this.live || !this.engine) return false;
    const duration = this.engine.duration();
    const target = Math.max(0, duration > 0 ? Math.min(seconds, duration) : seconds);
    this.lastPosition = target;
    if (this.watchdog) this.watchdog.rearm();
    this.engine.seek(target);
    return true;
  }

  /** The playhead, or where a reconnect will resume. */
  position(): number {
    return this.engine ? this.engine.position() : (this.lastPosition ?? 0);
  }

  /**
   * Lets the engine release its decoder while the app is hidden, keeping its position (Tizen AVPlay on VOD).
   * Returns false when the engine cannot; the caller then ends the session and reloads on return.
   */
  suspend(): boolean {
    const engine = this.engine;
    if (!engine || !engine.suspend || this.live) return false;
    engine.suspend();
    if (this.watchdog) this.watchdog.stop();
    return true;
  }

  /** Takes the decoder back after {@link PlaybackSession.suspend}. */
  restore(): void {
    const engine = this.engine;
    if (!engine || !engine.restore) return;
    engine.restore();
    if (this.watchdog) {
      this.watchdog.rearm();
      this.watchdog.start();
    }
  }

  /** Releases everything; nothing this session started can report afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.token++;
    this.clearTimers();
    this.releaseEngine();
  }

  private runAttempt(index: number, startAt: number | undefined): Promise<void> {
    const attempt = this.plan.use(index);
    const token = ++this.token;
    this.started = false;
    this.trouble = undefined;
    return this.setup.loaders[attempt.engine]().then(
      (factory) => {
        if (token !== this.token || this.disposed) return;
        const engine = factory({ ...this.setup.context, sink: this.sinkFor(token) });
        this.engine = engine;
        this.watch(token);
        engine.present(this.setup.context.surface.placement.rect, this.setup.context.surface.placement.aspect);
        this.setup.events.engineStarted(engine);
        engine.start({
          url: attempt.url,
          format: attempt.format,
          kind: this.setup.source.kind,
          startAt: this.live ? undefined : startAt,
          headers: this.setup.source.headers,
          // The prefetched playlist belongs to the first start of the main URL; a reconnect asks the panel again.
          preloaded: index === 0 && this.budget.count === 0 && !this.started ? this.setup.preloaded : undefined,
        });
        if (this.wantPaused) engine.pause();
      },
      (cause: unknown) => {
        if (token !== this.token || this.disposed) return;
        this.onFailure(token, { kind: 'format', detail: `engine ${attempt.engine} could not be loaded`, cause });
      },
    );
  }

  private sinkFor(token: number): EngineSink {
    const current = (): boolean => token === this.token && !this.disposed;
    const events = this.setup.events;
    return {
      playing: () => current() && this.onPlaying(),
      waiting: () => current() && this.started && !this.wantPaused && events.state('buffering'),
      paused: () => current() && this.wantPaused && events.state('paused'),
      ended: () => {
        if (!current()) return;
        this.clearTimers();
        events.state('ended');
      },
      progress: (position) => {
        if (!current()) return;
        this.lastPosition = position;
        if (this.watchdog) this.watchdog.noteProgress(position);
        events.time(position);
      },
      duration: (seconds) => current() && events.duration(this.live ? 0 : seconds),
      tracks: (tracks) => current() && events.tracks(tracks),
      cue: (cue) => current() && events.cue(cue),
      failure: (failure) => current() && this.onFailure(token, failure),
      trouble: (failure) => {
        if (current()) this.trouble = failure;
      },
    };
  }

  private onPlaying(): void {
    if (!this.started) {
      this.started = true;
      if (this.startupMs === undefined) this.startupMs = this.now() - this.startedAt;
      if (this.watchdog) this.watchdog.markStarted();
      this.budget.playing();
    }
    this.setup.events.state(this.wantPaused ? 'paused' : 'playing');
  }

  private watch(token: number): void {
    if (this.watchdog) this.watchdog.stop();
    const probe = {
      position: () => (this.engine ? this.engine.position() : 0),
      shouldAdvance: () => !this.wantPaused && !this.disposed,
      onStall: (started: boolean) => this.onFailure(token, this.stallFailure(started)),
    };
    this.watchdog = startWatchdog(probe, this.setup.policy, this.live, this.now);
  }

  /** Why the picture stopped (or never came): a media problem the engine met on the way says more than a time-out. */
  private stallFailure(started: boolean): EngineFailure {
    if (started) return { kind: 'network', detail: 'stalled: no progress' };
    const trouble = this.trouble;
    if (trouble && trouble.kind === 'media') return { kind: 'media', detail: `no picture after ${trouble.detail}` };
    return { kind: 'timeout', detail: 'start timeout: no picture' };
  }

  /** Decides what to do about a failure; `explained` once a server was asked about it (never twice). */
  private onFailure(token: number, failure: EngineFailure, explained = false): void {
    if (token !== this.token || this.disposed) return;
    const engine = this.engine;
    if (failure.kind === 'media' && failure.recoverable && engine && this.limiter.take() && engine.recoverMedia()) {
      this.setup.events.state('buffering');
      return;
    }
    const attempt = this.plan.current;
    const hadPictures = this.started || this.budget.current > 0;
    const decision = decideFailure({
      failure,
      engine: attempt.engine,
      started: hadPictures,
      hasNextAttempt: this.plan.hasNext(),
      hasNextUrl: this.plan.nextUrl() !== -1,
      reconnectsLeft: this.budget.left,
      canProbe: !explained && this.setup.probeStatus !== undefined,
      account: this.setup.account,
    });
    switch (decision.action) {
      case 'probe':
        // Native players say "network error" or "not supported" for a 404; the server can tell which it was.
        if (this.setup.probeStatus)
          this.askThenDecide(failure, withUrlStatus(this.setup.probeStatus, attempt.url, failure));
        return;
      case 'fallback':
        this.plan.noteStartupError(decision.error);
        this.releaseEngine();
        void this.runAttempt(
          decision.scope === 'url' ? this.plan.nextUrl() : this.plan.position + 1,
          this.setup.source.startAt,
        );
        return;
      case 'reconnect':
        // Before taking a dropped live TS line back, make sure no other device holds it now.
        if (!explained && hadPictures && isDroppedLiveTs(failure, attempt.format, this.live)) {
          const { checkLine, probeStatus, account } = this.setup;
          const cause = withDropCause(
            { checkLine, probeStatus, account, engine: attempt.engine },
            attempt.url,
            failure,
          );
          if (cause) {
            this.setup.events.state('buffering');
            this.askThenDecide(failure, cause);
            return;
          }
        }
        this.reconnect();
        return;
      default:
        this.fail(this.plan.finalError(decision.error));
    }
  }

  /**
   * Releases the engine while a server is asked about `failure`, then decides again with the answer (a final error,
   * or the failure restated).
   */
  private askThenDecide(failure: EngineFailure, answer: ServerAnswer): void {
    this.releaseEngine();
    const token = ++this.token;
    void answer.then(
      (found) => {
        if (token !== this.token || this.disposed) return;
        if (isFinalAnswer(found)) this.fail(found);
        else this.onFailure(token, found, true);
      },
      () => this.onFailure(token, failure, true),
    );
  }

  private reconnect(): void {
    const progress = this.budget.take();
    this.releaseEngine();
    this.setup.events.state('reconnecting', progress);
    const token = ++this.token;
    this.retryTimer = setTimeout(() => {
      if (token !== this.token || this.disposed) return;
      // Live rejoins at the live edge; VOD resumes where it broke.
      void this.runAttempt(this.plan.position, this.live ? undefined : this.lastPosition);
    }, progress.delayMs);
  }

  private fail(error: PlayerError): void {
    this.clearTimers();
    this.releaseEngine();
    this.token++;
    this.setup.events.failed(error);
  }

  private releaseEngine(): void {
    if (this.watchdog) this.watchdog.stop();
    this.watchdog = undefined;
    const engine = this.engine;
    this.engine = undefined;
    if (engine) {
      this.lastPosition = this.live ? undefined : (this.lastPosition ?? engine.position());
      engine.destroy();
    }
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.budget.stop();
    if (this.watchdog) this.watchdog.stop();
  }
}
