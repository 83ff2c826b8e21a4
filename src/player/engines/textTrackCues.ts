import type { Cue } from '../types';

interface CueLike {
  startTime: number;
  endTime: number;
  text?: string;
}

/** Cue markup (`<i>`, `<c.yellow>`, `<v Name>`) stripped: the UI draws plain text. */
export function plainCueText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

/** The cue to show for a list of active cues: their texts on separate lines, spanning all of them. */
export function combineCues(cues: readonly CueLike[]): Cue | null {
  const texts: string[] = [];
  let start = Infinity;
  let end = -Infinity;
  cues.forEach((cue) => {
    const text = plainCueText(cue.text ?? '');
    if (text === '') return;
    texts.push(text);
    start = Math.min(start, cue.startTime);
    end = Math.max(end, cue.endTime);
  });
  return texts.length === 0 ? null : { text: texts.join('\n'), start, end };
}

/**
 * Relays the active cues of a media element's showing-or-hidden text tracks. Engines set the chosen track to
 * `hidden`, so the browser decodes cues without drawing them (it could not draw over a canvas UI anyway) and this
 * hands them to the UI instead.
 */
export class TextTrackCueRelay {
  private readonly watched = new Set<TextTrack>();
  private last = '';

  constructor(
    private readonly media: HTMLMediaElement,
    private readonly onCue: (cue: Cue | null) => void,
  ) {}

  private readonly onCueChange = (): void => this.emit();
  private readonly onTracksChange = (): void => this.rewatch();

  /** Starts relaying. */
  attach(): void {
    const tracks = this.media.textTracks;
    if (!tracks || typeof tracks.addEventListener !== 'function') return;
    tracks.addEventListener('addtrack', this.onTracksChange);
    tracks.addEventListener('change', this.onTracksChange);
    this.rewatch();
  }

  /** Stops relaying and clears the subtitle on screen. */
  detach(): void {
    const tracks = this.media.textTracks;
    if (tracks && typeof tracks.removeEventListener === 'function') {
      tracks.removeEventListener('addtrack', this.onTracksChange);
      tracks.removeEventListener('change', this.onTracksChange);
    }
    this.watched.forEach((track) => track.removeEventListener('cuechange', this.onCueChange));
    this.watched.clear();
    if (this.last !== '') this.onCue(null);
    this.last = '';
  }

  private rewatch(): void {
    const tracks = this.media.textTracks;
    for (let i = 0; tracks && i < tracks.length; i++) {
      const track = tracks[i];
      if (!this.watched.has(track)) {
        track.addEventListener('cuechange', this.onCueChange);
        this.watched.add(track);
      }
    }
    this.emit();
  }

  private emit(): void {
    const active: CueLike[] = [];
    this.watched.forEach((track) => {
      if (track.mode === 'disabled' || !track.activeCues) return;
      for (let i = 0; i < track.activeCues.length; i++) active.push(track.activeCues[i] as unknown as CueLike);
    });
    const cue = combineCues(active);
    const key = cue ? `${cue.start}|${cue.text}` : '';
    if (key === this.last) return;
    this.last = key;
    this.onCue(cue);
  }
}
