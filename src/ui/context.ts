import type { HttpOptions } from '../net';
import type { AppEnv, Platform, UrlRewriter } from '../platform';
import type { Player } from '../player';
import type { Account, Category, LiveStream, XtreamClient } from '../xtream';

/** What the UI knows about the signed-in account: the client and what was loaded through it. */
export interface SignedIn {
  client: XtreamClient;
  account: Account;
}

/** The live channel list the viewer is browsing, so the player can zap and Back can restore focus. */
export interface ChannelSelection {
  categoryId: string;
  channels: LiveStream[];
  /** The channel last played or focused. */
  channelId?: string;
}

/**
 * State shared by the pages of one app run. Pages read it; only the sign-in and sign-out flows replace `signedIn`.
 */
export interface AppContext {
  readonly platform: Platform;
  readonly env: AppEnv;
  /** Routes provider URLs through the emulator's CORS proxy; undefined on a TV. */
  readonly rewriteUrl?: UrlRewriter;
  /** HTTP options for every Xtream call (the URL rewriting above, timeouts). */
  readonly http: HttpOptions;
  readonly player: Player;
  signedIn?: SignedIn;
  categories?: Category[];
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

/** Forgets the account and everything loaded through it (sign-out). */
export function signOut(context: AppContext): void {
  context.player.stop();
  context.signedIn = undefined;
  context.categories = undefined;
  context.selection = undefined;
}
