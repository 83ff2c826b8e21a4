import type { EngineFailure } from '../engines/Engine';
import { PlayerError } from '../PlayerError';
import type { StatusProbe } from '../probeStatus';
import { explainDrop, type DropWitnesses } from './droppedLine';

/** What asking a server about a failure gave: a final error, or the failure restated with what it said. */
export type ServerAnswer = Promise<EngineFailure | PlayerError>;

/** The failure restated with the URL's status, when the server answers an error status. */
export function withUrlStatus(probeStatus: StatusProbe, url: string, failure: EngineFailure): ServerAnswer {
  return probeStatus(url).then((status): EngineFailure =>
    status !== undefined && status >= 400 ? { ...failure, kind: 'http', status } : failure,
  );
}

/**
 * A dropped live MPEG-TS connection explained (see {@link explainDrop}): the connection-limit error when other
 * devices hold the line, the URL's refusal status, or the failure as it was. Undefined when there is no one to ask.
 */
export function withDropCause(witnesses: DropWitnesses, url: string, failure: EngineFailure): ServerAnswer | undefined {
  if (!witnesses.checkLine && !witnesses.probeStatus) return undefined;
  return explainDrop(url, witnesses).then((found): EngineFailure | PlayerError => {
    if (found.verdict === 'taken') return found.error;
    return found.verdict === 'refused' ? { ...failure, kind: 'http', status: found.status } : failure;
  });
}

/** Whether an answer ends the stream. */
export function isFinalAnswer(answer: EngineFailure | PlayerError): answer is PlayerError {
  return answer instanceof PlayerError;
}
