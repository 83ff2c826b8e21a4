/**
 * Our Xtream-compatible provider: a panel imitation (XC2 or XUI flavour) with a seeded catalogue, the player
 * API, M3U and XMLTV exports, live/VOD/catch-up media from one short clip, connection limits and fault switches.
 * Built on node:http only. Start it with {@link startProvider} (tests) or `npx tsx test/provider/cli.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { makeAccounts } from './accounts';
import { Catalogue, type CatalogueSize } from './catalogue';
import { loadClip, type Clip } from './clip';
import { ConnectionTracker } from './connections';
import type { ProviderState, RequestContext } from './context';
import { FaultSwitch, type Faults } from './faults';
import type { Flavour } from './flavour';
import { route } from './routes';

export type { Faults } from './faults';
export type { Flavour } from './flavour';
export { Catalogue } from './catalogue';

/** Options of {@link startProvider}. */
export interface ProviderOptions {
  /** Port to listen on; 0 picks a free one. Default 8081. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Panel generation to imitate. Default `xc2`. */
  flavour?: Flavour;
  /** Catalogue size. Default `demo`. */
  size?: CatalogueSize;
  /** Catalogue seed: the same seed gives the same catalogue and guide. Default 1. */
  seed?: number;
  /** Faults active from the start. */
  faults?: Faults;
  /** No request log on the console. */
  quiet?: boolean;
  /** The clock, epoch milliseconds (tests inject one to move live streams and the guide without waiting). */
  now?: () => number;
  /** Directory of the media clip. Default `test/provider/media`. */
  mediaDir?: string;
}

/** A started provider. */
export interface RunningProvider {
  /** Base URL, e.g. `http://127.0.0.1:8081`. */
  url: string;
  port: number;
  flavour: Flavour;
  /** Stops listening and ends every open connection (keep-alive, streams, hung requests). */
  close(): Promise<void>;
  /** Replaces the active faults. */
  setFaults(faults: Faults): void;
  /** The active faults. */
  getFaults(): Faults;
  catalogue: Catalogue;
}

function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  return `http://${req.headers.host ?? fallbackHost}`;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts a provider and resolves once it listens. */
export async function startProvider(options: ProviderOptions = {}): Promise<RunningProvider> {
  const flavour = options.flavour ?? 'xc2';
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const closing = new AbortController();
  let clip: Clip | undefined;
  const state: ProviderState = {
    flavour,
    seed,
    catalogue: new Catalogue({ seed, size: options.size ?? 'demo' }),
    accounts: makeAccounts(Math.floor(now() / 1000)),
    connections: new ConnectionTracker(now),
    faults: new FaultSwitch(options.faults),
    clip: () => (clip ??= loadClip(options.mediaDir)),
    now,
    startedAt: now(),
    answerCache: new Map(),
    closing: closing.signal,
  };
  const sockets = new Set<Socket>();
  let fallbackHost = host;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const origin = requestOrigin(req, fallbackHost);
    const ctx: RequestContext = { req, res, url: new URL(req.url ?? '/', origin), origin, state };
    if (!options.quiet) {
      res.on('finish', () => console.log(`${req.method} ${req.url} ${res.statusCode}`));
    }
    route(ctx).catch((error: unknown) => {
      if (!options.quiet) console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('Internal Server Error');
      } else res.destroy();
    });
  };

  const server = createServer(handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8081, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  fallbackHost = `${urlHost(host)}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${fallbackHost}`,
    port,
    flavour,
    catalogue: state.catalogue,
    setFaults: (faults) => state.faults.set(faults),
    getFaults: () => state.faults.get(),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        closing.abort();
        state.connections.cutAll();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
}
