/**
 * Live stream sessions per account and the connection limit. Like XC2 (clients_live.php), a new session over
 * the limit is served and the account's oldest session is cut: an HLS session's next request gets 403, a
 * running MPEG-TS response is ended.
 */
import { randomBytes } from 'node:crypto';

export type SessionKind = 'hls' | 'ts';

/** One live stream session. Times are epoch milliseconds. */
export interface StreamSession {
  token: string;
  username: string;
  streamId: number;
  kind: SessionKind;
  openedAt: number;
  lastSeen: number;
  state: 'open' | 'cut' | 'closed';
  /** Called when the session is cut (a TS response ends its socket). */
  onCut?: () => void;
}

/** How an HLS request with a session token is answered. */
export type TokenCheck = { ok: true; session: StreamSession } | { ok: false };

/** An HLS session without requests for this long no longer counts (the player went away). */
export const HLS_IDLE_MS = 30_000;
/** Ended sessions are remembered this long, so their late requests still get 403 rather than a new session. */
const FORGET_AFTER_MS = 10 * 60_000;

export class ConnectionTracker {
  private readonly sessions = new Map<string, StreamSession>();

  constructor(private readonly now: () => number) {}

  /** Opens a session; if the account is at its limit, its oldest open sessions are cut first. */
  open(username: string, maxConnections: number, streamId: number, kind: SessionKind, onCut?: () => void) {
    this.expireIdle();
    const open = this.openSessions(username).sort((a, b) => a.openedAt - b.openedAt);
    while (open.length >= Math.max(1, maxConnections)) {
      const oldest = open.shift();
      if (oldest) this.cut(oldest);
    }
    const now = this.now();
    const session: StreamSession = {
      token: randomBytes(12).toString('hex'),
      username,
      streamId,
      kind,
      openedAt: now,
      lastSeen: now,
      state: 'open',
      onCut,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  /** Checks an HLS request's token for an account and stream, and records the activity. */
  touch(token: string, username: string, streamId: number): TokenCheck {
    this.expireIdle();
    const session = this.sessions.get(token);
    if (!session || session.state !== 'open' || session.username !== username || session.streamId !== streamId) {
      return { ok: false };
    }
    session.lastSeen = this.now();
    return { ok: true, session };
  }

  /** Marks a session as ended by the client (a TS response whose socket closed). */
  close(session: StreamSession): void {
    if (session.state === 'open') session.state = 'closed';
    session.lastSeen = this.now();
  }

  /** The number of open live sessions of an account (`active_cons`). */
  activeCount(username: string): number {
    this.expireIdle();
    return this.openSessions(username).length;
  }

  /** Cuts every open session (provider shutdown). */
  cutAll(): void {
    for (const session of this.sessions.values()) if (session.state === 'open') this.cut(session);
  }

  private cut(session: StreamSession): void {
    session.state = 'cut';
    session.lastSeen = this.now();
    session.onCut?.();
  }

  private openSessions(username: string): StreamSession[] {
    return [...this.sessions.values()].filter((s) => s.username === username && s.state === 'open');
  }

  private expireIdle(): void {
    const now = this.now();
    for (const [token, session] of this.sessions) {
      if (session.state === 'open' && session.kind === 'hls' && now - session.lastSeen > HLS_IDLE_MS) {
        session.state = 'closed';
      }
      if (session.state !== 'open' && now - session.lastSeen > FORGET_AFTER_MS) this.sessions.delete(token);
    }
  }
}
