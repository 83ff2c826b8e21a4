/**
 * Where the viewer stopped in movies and episodes, and the "continue watching" row made from it. Immutable,
 * like {@link Favourites}.
 */
import { isMediaKind, type MediaKind } from './kinds';

/** A position past this fraction of the duration means "finished": it is dropped, not resumed. */
export const FINISHED_FRACTION = 0.95;
/** Positions kept; the least recently updated fall off. */
export const RESUME_LIMIT = 500;

/** Where the viewer stopped in one item. */
export interface ResumePosition {
  id: string;
  kind: MediaKind;
  positionSec: number;
  /** 0 when the duration is unknown. */
  durationSec: number;
  /** Epoch milliseconds. */
  updatedAt: number;
}

/** Whether a position is worth resuming: started and not (nearly) at the end. */
export function isUnfinished(position: ResumePosition): boolean {
  if (position.positionSec <= 0) return false;
  return position.durationSec <= 0 || position.positionSec < position.durationSec * FINISHED_FRACTION;
}

const keyOf = (kind: MediaKind, id: string): string => `${kind}:${id}`;

/** Resume positions of movies and episodes, newest first. */
export class ResumePositions {
  /** Newest first. */
  private constructor(private readonly positions: readonly ResumePosition[]) {}

  static empty(): ResumePositions {
    return new ResumePositions([]);
  }

  /** From saved data: malformed or finished entries are dropped; one entry per item, the newest. */
  static from(data: unknown): ResumePositions {
    const valid: ResumePosition[] = [];
    if (Array.isArray(data)) {
      for (const raw of data) {
        const p = raw as Partial<ResumePosition> | null;
        if (
          p &&
          typeof p.id === 'string' &&
          p.id !== '' &&
          isMediaKind(p.kind) &&
          isNumber(p.positionSec) &&
          isNumber(p.durationSec) &&
          isNumber(p.updatedAt)
        ) {
          valid.push({
            id: p.id,
            kind: p.kind,
            positionSec: p.positionSec,
            durationSec: p.durationSec,
            updatedAt: p.updatedAt,
          });
        }
      }
    }
    const ordered = valid
      .map((position, index) => ({ position, index }))
      .sort((a, b) => b.position.updatedAt - a.position.updatedAt || a.index - b.index);
    const seen: Record<string, true> = {};
    const out: ResumePosition[] = [];
    for (const { position } of ordered) {
      const key = keyOf(position.kind, position.id);
      if (seen[key] || !isUnfinished(position) || out.length >= RESUME_LIMIT) continue;
      seen[key] = true;
      out.push(position);
    }
    return new ResumePositions(out);
  }

  get(kind: MediaKind, id: string): ResumePosition | undefined {
    for (const position of this.positions) if (position.kind === kind && position.id === id) return position;
    return undefined;
  }

  /** Records a position; a finished (or zero) position clears the item instead. */
  set(position: ResumePosition): ResumePositions {
    const rest = this.positions.filter((p) => p.kind !== position.kind || p.id !== position.id);
    if (!isUnfinished(position)) return rest.length === this.positions.length ? this : new ResumePositions(rest);
    // Kept newest first; a position updated at the same time as others goes before them.
    let at = 0;
    while (at < rest.length && rest[at].updatedAt > position.updatedAt) at++;
    const positions = rest.slice(0, at).concat({ ...position }, rest.slice(at));
    return new ResumePositions(positions.slice(0, RESUME_LIMIT));
  }

  clear(kind: MediaKind, id: string): ResumePositions {
    return this.get(kind, id)
      ? new ResumePositions(this.positions.filter((p) => p.kind !== kind || p.id !== id))
      : this;
  }

  /** Unfinished items, most recently updated first; optionally of one kind and at most `limit`. */
  continueWatching(options: { kind?: MediaKind; limit?: number } = {}): ResumePosition[] {
    const out: ResumePosition[] = [];
    const limit = options.limit ?? Infinity;
    for (const position of this.positions) {
      if (out.length >= limit) break;
      if ((options.kind === undefined || position.kind === options.kind) && isUnfinished(position)) out.push(position);
    }
    return out;
  }

  /** Newest first, as plain data. */
  toJSON(): ResumePosition[] {
    return this.positions.map((position) => ({ ...position }));
  }
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && isFinite(x);
}
