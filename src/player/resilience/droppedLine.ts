import { classifyStreamRefusal, type Account } from '../../xtream';
import type { EngineFailure } from '../engines/Engine';
import type { StreamFormat } from '../types';
import { isLineTaken, type LineUsage } from '../lineCheck';
import { PlayerError } from '../PlayerError';
import type { StatusProbe } from '../probeStatus';

/** What a dropped live MPEG-TS connection turned out to be. */
export type DropVerdict =
  /** Other devices hold every connection of the account: reconnecting would cut one of them. */
  | { verdict: 'taken'; error: PlayerError }
  /** The stream URL now answers an error status. */
  | { verdict: 'refused'; status: number }
  /** Nothing speaks against reconnecting. */
  | { verdict: 'reconnect' };

/** What {@link explainDrop} may ask. */
export interface DropWitnesses {
  /** The panel's count of the account's connections (Xtream accounts only). */
  checkLine?: () => Promise<LineUsage | undefined>;
  probeStatus?: StatusProbe;
  account?: Account;
  engine: string;
}

/**
 * Whether a failure is a live MPEG-TS connection that went away (the body ended, broke off or stopped moving). A
 * panel ends the oldest stream of an account this way when another device opens one over the limit, and it serves
 * whoever asks next: a reconnect would take the line back and cut the other device.
 */
export function isDroppedLiveTs(failure: EngineFailure, format: StreamFormat, live: boolean): boolean {
  return live && format === 'mpegts' && failure.kind === 'network' && failure.status === undefined;
}

/**
 * Finds out why a live MPEG-TS connection dropped before the player reconnects: first the panel's connection count
 * (asking it opens no stream), and only when that cannot tell, the stream URL's status (a panel or proxy that
 * refuses a line in use answers 401/403 there). Never rejects.
 */
export function explainDrop(url: string, witnesses: DropWitnesses): Promise<DropVerdict> {
  const checkLine = witnesses.checkLine;
  const usage = checkLine ? checkLine().catch(() => undefined) : Promise.resolve(undefined);
  return usage.then((line): DropVerdict | Promise<DropVerdict> => {
    if (line && isLineTaken(line)) return { verdict: 'taken', error: lineTakenError(line, witnesses) };
    if (line || !witnesses.probeStatus) return { verdict: 'reconnect' };
    return witnesses.probeStatus(url).then(
      (status): DropVerdict =>
        status !== undefined && status >= 400 ? { verdict: 'refused', status } : { verdict: 'reconnect' },
      (): DropVerdict => ({ verdict: 'reconnect' }),
    );
  });
}

function lineTakenError(line: LineUsage, witnesses: DropWitnesses): PlayerError {
  const account = witnesses.account;
  // The refusal a panel would give at its limit, with the counts it reported just now.
  const refusal = account
    ? classifyStreamRefusal(403, { ...account, activeConnections: line.active, maxConnections: line.max })
    : undefined;
  return new PlayerError('STREAM_FORBIDDEN', refusal ? refusal.message : undefined, {
    hint: refusal ? refusal.hint : undefined,
    engine: witnesses.engine,
    detail: `line in use (${line.active} of ${line.max})`,
    cause: refusal,
  });
}
