/**
 * How secrets appear on screen: a password never in full (at most its last two characters, and only when it is
 * long enough that two characters give little away), and credentials inside a playlist link hidden the same way.
 */

const DOTS = '\u2022'.repeat(6);

/** Passwords shorter than this show no characters at all: two of four would be half the secret. */
const SHOWN_FROM_LENGTH = 8;

/** A password as the details page shows it: dots of a fixed count (the length stays secret), then at most 2 characters. */
export function maskSecret(secret: string | undefined): string {
  if (!secret) return '';
  return secret.length >= SHOWN_FROM_LENGTH ? DOTS + secret.slice(-2) : DOTS;
}

/**
 * A link with its secrets masked: the `password` query value, the password of `user:password@`, and the password
 * segment of an Xtream stream path (`/get.php` links and `/live/user/password/…`).
 */
export function maskUrl(url: string): string {
  return url
    .replace(
      /([?&](?:password|pass|pwd)=)([^&#]*)/gi,
      (_whole, name: string, value: string) => name + maskSecret(decodeSafely(value)),
    )
    .replace(
      /^([a-z][a-z0-9+.-]*:\/\/[^/:@?#]+:)([^@/?#]*)@/i,
      (_whole, head: string, value: string) => `${head}${maskSecret(decodeSafely(value))}@`,
    )
    .replace(
      /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+\/(?:live|movie|series|timeshift)\/[^/?#]+\/)([^/?#]+)/i,
      (_whole, head: string, value: string) => head + maskSecret(decodeSafely(value)),
    );
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
