import type { Engine } from './engines/Engine';
import type { SessionFigures } from './sessionTypes';
import type { PlaybackState, PlaybackStats } from './types';

/** The player's figures from its engine and session (both may be gone: then zeros). */
export function collectStats(
  engine: Engine | undefined,
  figures: SessionFigures | undefined,
  state: PlaybackState,
  position: number,
  duration: number,
): PlaybackStats {
  const frames = engine ? engine.frames() : { decoded: 0, dropped: 0 };
  return {
    engine: engine ? engine.name : undefined,
    url: figures && figures.attempt ? figures.attempt.url : undefined,
    state,
    position,
    duration,
    buffered: engine ? engine.buffered() : { ahead: 0, behind: 0 },
    decodedFrames: frames.decoded,
    droppedFrames: frames.dropped,
    reconnects: figures ? figures.reconnects : 0,
    mediaRecoveries: figures ? figures.mediaRecoveries : 0,
    startupMs: figures ? figures.startupMs : undefined,
  };
}

/** Calls `tick` every `intervalMs` between `start()` and `stop()` (the player's `buffered` and `stats` events). */
export class StatsTicker {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly tick: () => void,
  ) {}

  start(): void {
    this.stop();
    this.timer = setInterval(this.tick, this.intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
