/** When the home page warns about the subscription's end. */

const DAY_MS = 86400000;

/** How many days ahead of the end the warning shows. */
export const EXPIRY_WARNING_DAYS = 7;

/** What to tell the viewer about the subscription's end: nothing, that it ends in `days`, or that it ended. */
export type ExpiryNotice = { kind: 'none' } | { kind: 'soon'; days: number } | { kind: 'expired' };

/**
 * The notice for a subscription ending at `expiresAt` (epoch ms; undefined = never) seen at `now` (the server's
 * clock when known). Days are counted up, so 30 hours left is "2 days" and anything left at all is at least 1.
 */
export function expiryNotice(expiresAt: number | undefined, now: number): ExpiryNotice {
  if (expiresAt === undefined) return { kind: 'none' };
  const left = expiresAt - now;
  if (left <= 0) return { kind: 'expired' };
  if (left > EXPIRY_WARNING_DAYS * DAY_MS) return { kind: 'none' };
  return { kind: 'soon', days: Math.ceil(left / DAY_MS) };
}
