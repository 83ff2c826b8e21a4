import type { Account } from '../xtream';
import type { Engine, EngineContext, Preloaded } from './engines/Engine';
import type { EngineAttempt } from './engineChoice';
import type { EngineLoader } from './engineLoaders';
import type { LineUsage } from './lineCheck';
import type { PlayerError } from './PlayerError';
import type { ResiliencePolicy } from './resilience/policy';
import type { Cue, EngineName, PlaybackSource, PlaybackState, ReconnectProgress, TrackList } from './types';

/** What a session reports to the player that owns it. */
export interface SessionEvents {
  state(state: PlaybackState, reconnect?: ReconnectProgress): void;
  time(position: number): void;
  duration(seconds: number): void;
  tracks(tracks: TrackList): void;
  cue(cue: Cue | null): void;
  /** A final failure: the session has released its engine. */
  failed(error: PlayerError): void;
  /** A new engine instance started (first attempt, fallback or reconnect). */
  engineStarted(engine: Engine): void;
}

/** Everything a session needs; built by the player for each `load()`. */
export interface SessionSetup {
  source: PlaybackSource;
  attempts: readonly EngineAttempt[];
  loaders: Record<EngineName, EngineLoader>;
  context: Omit<EngineContext, 'sink'>;
  policy: ResiliencePolicy;
  events: SessionEvents;
  account?: Account;
  /** Asks the server what status a URL answers, to explain a failure an engine could not (native players). */
  probeStatus?: (url: string) => Promise<number | undefined>;
  /** Asks the panel how many of the account's connections are in use (Xtream accounts). */
  checkLine?: () => Promise<LineUsage | undefined>;
  now?: () => number;
  /** The main URL's playlist, prefetched before the channel change (used by the first attempt only). */
  preloaded?: Preloaded;
}

/** Counters of a session, for the player's stats. */
export interface SessionFigures {
  reconnects: number;
  mediaRecoveries: number;
  /** Milliseconds from `load()` to the first picture, once there was one. */
  startupMs?: number;
  /** The attempt in use (engine and URL). */
  attempt?: EngineAttempt;
}
