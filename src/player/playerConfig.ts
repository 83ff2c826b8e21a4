import type { Platform } from '../platform';
import type { Account } from '../xtream';
import { planAttempts } from './engineChoice';
import { ENGINE_LOADERS, type EngineLoader } from './engineLoaders';
import type { Preloaded } from './engines/Engine';
import { mergeTuning, type EngineTuning } from './engines/tuning';
import { createPanelLineCheck, type LineCheck } from './lineCheck';
import { defaultPlatform, type PlayerOptions } from './playerOptions';
import { createFetchProbe, type StatusProbe } from './probeStatus';
import { mergePolicy, type ResiliencePolicy } from './resilience/policy';
import type { SessionEvents, SessionSetup } from './sessionTypes';
import type { VideoSurface } from './surface/VideoSurface';
import type { EngineName, PlaybackSource } from './types';

/** A player's options with every default filled in. */
export interface PlayerConfig {
  platform: Pick<Platform, 'media' | 'onVisibilityChange'>;
  loaders: Record<EngineName, EngineLoader>;
  rewriteUrl: (url: string) => string;
  policy: ResiliencePolicy;
  /** Read by each engine when it starts: {@link Player.setTuning} changes it for the next load. */
  tuning: EngineTuning;
  probeStatus?: StatusProbe;
  lineCheck?: LineCheck;
  statsIntervalMs: number;
}

/** Fills in the defaults of {@link PlayerOptions} (documented there). */
export function resolveConfig(options: PlayerOptions): PlayerConfig {
  const rewriteUrl = options.rewriteUrl ?? ((url: string) => url);
  return {
    platform: options.platform ?? defaultPlatform(),
    loaders: { ...ENGINE_LOADERS, ...options.engines },
    rewriteUrl,
    policy: mergePolicy(options.policy),
    tuning: mergeTuning(options.tuning),
    probeStatus: options.probeStatus === false ? undefined : (options.probeStatus ?? createFetchProbe()),
    lineCheck: options.lineCheck === false ? undefined : (options.lineCheck ?? createPanelLineCheck({ rewriteUrl })),
    statsIntervalMs: options.statsIntervalMs ?? 1000,
  };
}

/** What one load adds to the configuration. */
export interface LoadContext {
  surface: VideoSurface;
  preferred?: EngineName;
  account?: Account;
  /** The prefetched playlist of a (rewritten) URL, if there is one. */
  preloaded(url: string): Preloaded | undefined;
  events: SessionEvents;
}

/** The setup of the session that plays `source`: URLs rewritten, engine attempts planned, servers to ask. */
export function sessionSetup(config: PlayerConfig, source: PlaybackSource, load: LoadContext): SessionSetup {
  const rewrite = config.rewriteUrl;
  const rewritten: PlaybackSource = {
    ...source,
    url: rewrite(source.url),
    alternates: (source.alternates ?? []).map((a) => ({ ...a, url: rewrite(a.url) })),
  };
  const media = config.platform.media();
  const lineCheck = config.lineCheck;
  const account = load.account;
  return {
    source: rewritten,
    attempts: planAttempts(rewritten, media, load.preferred),
    loaders: config.loaders,
    context: { surface: load.surface, media, tuning: config.tuning },
    policy: config.policy,
    account,
    probeStatus: config.probeStatus,
    // The panel is found from the URL as the app built it, before any rewriting.
    checkLine: lineCheck && account ? () => lineCheck(source.url, account) : undefined,
    preloaded: load.preloaded(rewritten.url),
    events: load.events,
  };
}

/** The URLs of the live neighbours whose playlists are worth keeping warm: those hls.js would play. */
export function warmableUrls(
  config: PlayerConfig,
  neighbours: readonly PlaybackSource[],
  preferred: EngineName | undefined,
): string[] {
  const media = config.platform.media();
  return neighbours
    .filter((s) => s.kind === 'live')
    .map((s) => planAttempts({ ...s, url: config.rewriteUrl(s.url), alternates: [] }, media, preferred)[0])
    .filter((attempt) => attempt !== undefined && attempt.engine === 'hlsjs' && attempt.format === 'hls')
    .map((attempt) => attempt.url);
}
