import type { Source } from '../library';
import type { HttpOptions } from '../net';
import type { AppEnv, Platform, UrlRewriter } from '../platform';
import type { Player } from '../player';
import type { Store, StoredAccount } from '../store';
import type { Account, LiveStream, XtreamClient } from '../xtream';
import type { LoadActivity } from './loadActivity';

/** The signed-in account: its source (what pages use, whatever its kind) and what was loaded through it. */
export interface SignedIn {
  /** The account as saved (id, name, credentials). */
  stored: StoredAccount;
  /** Catalogue, guide and stream URLs of the account. */
  source: Source;
  /**
   * The Xtream client behind the source. Only an Xtream account has one: check `source.kind === 'xtream'` first
   * (or read {@link SignedIn.xtream}); for a playlist account reading it throws.
   */
  client: XtreamClient;
  /** The Xtream client of an Xtream account; undefined for a playlist account. */
  xtream?: XtreamClient;
  /**
   * The account's facts (from the provider, or from the cache on a warm start). A playlist has none: it gets
   * neutral ones (its name, no status, no expiry, nothing stated).
   */
  account: Account;
  /** The background loads (catalogue, guide) and the check of cached facts. */
  activity: LoadActivity;
}

/** The live channel list the viewer is browsing, so the player can zap and Back can restore focus. */
export interface ChannelSelection {
  categoryId: string;
  channels: LiveStream[];
  /** The channel last played or focused. */
  channelId?: string;
}

/**
 * State shared by the pages of one app run. Pages read it; only the session flows (`session.ts`) replace
 * `signedIn` and `store`.
 */
export interface AppContext {
  readonly platform: Platform;
  readonly env: AppEnv;
  /** Routes provider URLs through the emulator's CORS proxy; undefined on a TV. */
  readonly rewriteUrl?: UrlRewriter;
  /** HTTP options for every Xtream call (the URL rewriting above, timeouts). */
  readonly http: HttpOptions;
  readonly player: Player;
  /** Saved accounts and cached data, once opened at start-up. */
  store?: Store;
  signedIn?: SignedIn;
  selection?: ChannelSelection;
  /** A message for the next page to show as a toast (e.g. the fix the connection doctor applied). */
  pendingToast?: string;
  /** Shows a short message at the bottom of the screen (set by the App). */
  toast(message: string): void;
}

let current: AppContext | undefined;

/** Installs the context at start-up (`src/index.ts`). */
export function setAppContext(context: AppContext): void {
  current = context;
}

/** The context of this run; throws if the app was not started through `src/index.ts`. */
export function appContext(): AppContext {
  if (!current) throw new Error('The app context is not set: start the app through src/index.ts');
  return current;
}

/** Leaves the signed-in account, stopping playback and its loads (the account stays saved). */
export function leaveAccount(context: AppContext): void {
  context.player.stop();
  if (context.signedIn) context.signedIn.activity.stop();
  context.signedIn = undefined;
  context.selection = undefined;
}

/**
 * What the player is told about the signed-in account when it loads a stream: the Xtream facts its line check reads
 * (connections in use), none for a playlist, whose facts are neutral stand-ins.
 */
export function playbackAccount(signedIn: SignedIn | undefined): { account?: Account } {
  return signedIn && signedIn.xtream ? { account: signedIn.account } : {};
}
