import { detachString } from '../shared/detach-string';
import type { XmltvProgramme } from './types';

/** What the sequencer remembers of the previous programme on a channel (no text: see {@link titleHash}). */
interface ChannelState {
  lastStart: number;
  /** NaN while the previous programme waits for its stop. */
  lastStop: number;
  lastTitleHash: number;
  /** A programme without `stop`: it ends where the next one on its channel starts. */
  waiting: XmltvProgramme | undefined;
}

/**
 * A number standing for a title. Keeping the title itself would keep alive, for every channel, the whole chunk the
 * title was cut from; a 32-bit hash compared together with an identical start time is as good for duplicates.
 */
function titleHash(title: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) hash = Math.imul(hash ^ title.charCodeAt(i), 0x01000193);
  return hash;
}

/** A programme whose text no longer shares memory with the input chunks (for one that waits). */
function detached(programme: XmltvProgramme): XmltvProgramme {
  const copy = (text: string | undefined): string | undefined => (text === undefined ? undefined : detachString(text));
  return {
    ...programme,
    channel: detachString(programme.channel),
    title: detachString(programme.title),
    subTitle: copy(programme.subTitle),
    description: copy(programme.description),
    categories: programme.categories.map(detachString),
    icon: copy(programme.icon),
    episode: programme.episode && { ...programme.episode, onscreen: copy(programme.episode.onscreen) },
  };
}

/**
 * Orders the programme stream channel by channel: gives a programme without `stop` the next programme's start,
 * drops a programme that repeats the previous one (same start and title), and counts overlaps and programmes of
 * undeclared channels. It compares neighbours only, so it costs one small record per channel.
 */
export class ProgrammeSequencer {
  duplicates = 0;
  overlapping = 0;
  unknownChannel = 0;
  emitted = 0;
  private readonly declared = new Set<string>();
  private readonly channels = new Map<string, ChannelState>();

  constructor(private readonly emit: (programme: XmltvProgramme) => void) {}

  declareChannel(id: string): void {
    if (!this.declared.has(id)) this.declared.add(detachString(id));
  }

  accept(programme: XmltvProgramme): void {
    let state = this.channels.get(programme.channel);
    if (!state) {
      state = { lastStart: NaN, lastStop: NaN, lastTitleHash: 0, waiting: undefined };
      this.channels.set(detachString(programme.channel), state);
    }
    const start = programme.start;
    const hash = titleHash(programme.title);
    if (start === state.lastStart && hash === state.lastTitleHash) {
      this.duplicates++;
      return;
    }
    const waiting = state.waiting;
    if (waiting && start > waiting.start) {
      waiting.stop = start;
      state.waiting = undefined;
      this.send(waiting);
    } else if (start >= state.lastStart && start < state.lastStop) {
      this.overlapping++;
    } else if (waiting && start === waiting.start) {
      // Same start, another title, the first one open-ended: two programmes claim one slot; both are kept.
      this.overlapping++;
    }
    state.lastStart = start;
    state.lastTitleHash = hash;
    if (programme.stop === undefined) {
      if (state.waiting) this.send(state.waiting);
      state.waiting = detached(programme);
      state.lastStop = NaN;
    } else {
      state.lastStop = programme.stop;
      this.send(programme);
    }
  }

  /** Emits the programmes still waiting for a stop (the last ones of their channels). */
  flush(): void {
    this.channels.forEach((state) => {
      if (state.waiting) this.send(state.waiting);
      state.waiting = undefined;
    });
  }

  private send(programme: XmltvProgramme): void {
    if (!this.declared.has(programme.channel)) this.unknownChannel++;
    this.emitted++;
    this.emit(programme);
  }
}
