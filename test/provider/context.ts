/** What every request handler can reach: the provider's state and the request being answered. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account } from './accounts';
import type { Catalogue } from './catalogue';
import type { Clip } from './clip';
import type { ConnectionTracker } from './connections';
import type { FaultSwitch } from './faults';
import type { Flavour } from './flavour';

/** The running provider's state, shared by all requests. */
export interface ProviderState {
  flavour: Flavour;
  seed: number;
  catalogue: Catalogue;
  accounts: Account[];
  connections: ConnectionTracker;
  faults: FaultSwitch;
  /** The media clip, loaded on first use. */
  clip(): Clip;
  /** The provider's clock, epoch milliseconds (injectable for tests). */
  now(): number;
  /** When the provider started, epoch milliseconds: the live streams' position is counted from here. */
  startedAt: number;
  /** Serialised list answers by flavour, action, category and origin (the large catalogue answers fast twice). */
  answerCache: Map<string, string>;
  /** Aborted when the provider closes: delayed answers and paced streams stop. */
  closing: AbortSignal;
}

/** One request being answered. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** `http://host:port` as the client addressed the provider (from the Host header): absolute URLs use it. */
  origin: string;
  state: ProviderState;
}

/** The current provider time in unix seconds. */
export function nowSeconds(state: ProviderState): number {
  return Math.floor(state.now() / 1000);
}
