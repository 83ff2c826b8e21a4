import { combineCues } from './textTrackCues';

/** The parts of a shaka `Cue` we read: VTT styling puts the text in nested cues. */
export interface ShakaCueLike {
  startTime: number;
  endTime: number;
  payload: string;
  nestedCues?: ShakaCueLike[];
}

function textOf(cue: ShakaCueLike): string {
  const nested = (cue.nestedCues ?? []).map(textOf).filter((t) => t !== '');
  return nested.length > 0 ? nested.join('') : cue.payload;
}

/**
 * A shaka text displayer that draws nothing and keeps the cues, so the engine can hand the current one to the UI
 * (shaka's own displayers draw into the DOM or the `<video>`, which a canvas UI cannot use).
 */
export class CueCollector {
  private cues: ShakaCueLike[] = [];
  private visible = false;

  append(cues: ShakaCueLike[]): void {
    this.cues = this.cues.concat(cues);
  }

  remove(start: number, end: number): boolean {
    this.cues = this.cues.filter((cue) => cue.startTime < start || cue.endTime > end);
    return true;
  }

  configure(): void {
    // Styling is the UI's business.
  }

  setTextLanguage(): void {
    // The language is known from the selected track.
  }

  setTextVisibility(on: boolean): void {
    this.visible = on;
  }

  isTextVisible(): boolean {
    return this.visible;
  }

  destroy(): Promise<void> {
    this.cues = [];
    return Promise.resolve();
  }

  /** The cue to show at `time` (seconds), or null. */
  cueAt(time: number) {
    if (!this.visible) return null;
    const active = this.cues
      .filter((cue) => cue.startTime <= time && cue.endTime > time)
      .map((cue) => ({ startTime: cue.startTime, endTime: cue.endTime, text: textOf(cue) }));
    return combineCues(active);
  }
}
