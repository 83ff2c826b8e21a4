/**
 * A small HTTP proxy in front of the provider that breaks streams on demand, the way real networks and panels do:
 * cut every connection and refuse new ones for a while, cut a response halfway through its body, freeze a live
 * playlist, replace media bytes with garbage, hold a response back. Binds 127.0.0.1 on a random port; the provider's
 * relative redirects (`/live/…m3u8` → `/hls/…`) stay on the proxy.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultProxy {
  /** Base URL to use instead of the provider's. */
  url: string;
  /** Ends every open connection now and refuses new ones for `refuseMs`. */
  dropConnections(refuseMs: number): void;
  /** The next `times` responses whose path matches are cut after half their body (64 KB of an endless one). */
  cutMidBody(match: RegExp, times?: number): void;
  /** Playlists whose path matches keep answering the body they had when frozen. */
  freezePlaylists(match: RegExp | undefined): void;
  /** Bodies whose path matches are replaced by random bytes of the same length. */
  garbage(match: RegExp | undefined): void;
  /** Responses whose path matches wait `ms` before being forwarded. */
  delay(match: RegExp | undefined, ms?: number): void;
  /** Requests whose path matches are answered `status` with an empty body, as a panel refusing a line does. */
  refuse(match: RegExp | undefined, status?: number): void;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  /** Requests whose responses are still being sent (a live TS body stays open while it plays). */
  activeRequests(): number;
  /** Undoes every fault. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a proxy to `target` (e.g. the provider's URL). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  let active = 0;
  let refuseUntil = 0;
  let cut: { match: RegExp; times: number } | undefined;
  let freeze: RegExp | undefined;
  const frozen = new Map<string, { status: number; headers: http.IncomingHttpHeaders; body: Buffer }>();
  let garbage: RegExp | undefined;
  let hold: { match: RegExp; ms: number } | undefined;
  let refusal: { match: RegExp; status: number } | undefined;

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    if (Date.now() < refuseUntil) {
      req.socket.destroy();
      return;
    }
    if (refusal && refusal.match.test(path)) {
      res.writeHead(refusal.status, { 'Access-Control-Allow-Origin': '*', 'Content-Length': '0' });
      res.end();
      return;
    }
    const key = path.replace(/\?.*$/, '').replace(/\/hls\/([^/]+)\/([^/]+)\/(\d+)\/[^/]+\//, '/hls/$1/$2/$3/');
    const snapshot = freeze && freeze.test(path) ? frozen.get(key) : undefined;
    if (snapshot) {
      res.writeHead(snapshot.status, snapshot.headers);
      res.end(snapshot.body);
      return;
    }
    active++;
    let finished = false;
    const done = (): void => {
      if (!finished) active--;
      finished = true;
    };
    res.on('close', done);
    const forward = (): void => {
      const outgoing = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path,
          headers: { ...req.headers, host: upstream.host },
        },
        (incoming) => relay(path, key, incoming, res),
      );
      outgoing.on('error', () => res.destroy());
      res.on('close', () => outgoing.destroy());
      req.pipe(outgoing);
    };
    if (hold && hold.match.test(path)) setTimeout(forward, hold.ms);
    else forward();
  });

  function relay(path: string, key: string, incoming: http.IncomingMessage, res: http.ServerResponse): void {
    const status = incoming.statusCode ?? 502;
    const headers = { ...incoming.headers };
    const cutThis = cut !== undefined && cut.times > 0 && cut.match.test(path) && status === 200;
    if (cutThis && cut) cut.times--;
    const scramble = garbage !== undefined && garbage.test(path) && status === 200;
    if (freeze && freeze.test(path) && status === 200) {
      const chunks: Buffer[] = [];
      incoming.on('data', (c: Buffer) => chunks.push(c));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks);
        if (!frozen.has(key)) frozen.set(key, { status, headers, body });
        res.writeHead(status, headers);
        res.end(body);
      });
      return;
    }
    res.writeHead(status, headers);
    const length = Number(incoming.headers['content-length'] ?? NaN);
    const limit = cutThis ? (isFinite(length) ? Math.floor(length / 2) : 64 * 1024) : Infinity;
    let sent = 0;
    incoming.on('data', (chunk: Buffer) => {
      let out = scramble ? randomBytes(chunk.length) : chunk;
      if (sent + out.length >= limit) {
        out = out.subarray(0, Math.max(0, limit - sent));
        res.write(out);
        // Half a body, then the connection dies: what a dropped Wi-Fi or a restarted load balancer looks like.
        incoming.destroy();
        res.destroy();
        return;
      }
      sent += out.length;
      res.write(out);
    });
    incoming.on('end', () => res.end());
    incoming.on('error', () => res.destroy());
  }

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    dropConnections(refuseMs) {
      refuseUntil = Date.now() + refuseMs;
      sockets.forEach((s) => s.destroy());
    },
    cutMidBody(match, times = 1) {
      cut = { match, times };
    },
    freezePlaylists(match) {
      freeze = match;
      frozen.clear();
    },
    garbage(match) {
      garbage = match;
    },
    delay(match, ms = 0) {
      hold = match ? { match, ms } : undefined;
    },
    refuse(match, status = 403) {
      refusal = match ? { match, status } : undefined;
    },
    activeRequests: () => active,
    reset() {
      refuseUntil = 0;
      cut = undefined;
      freeze = undefined;
      frozen.clear();
      garbage = undefined;
      hold = undefined;
      refusal = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
