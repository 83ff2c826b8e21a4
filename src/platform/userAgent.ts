/** Facts read from a user agent string, for device information (never for feature checks). */

/**
 * The Chromium major version a user agent names. Desktop and webOS engines say `Chrome/79.0.3945.79`; Samsung's TV
 * engines from Tizen 5.5 on name only the version, as in `69.0.3497.106.1/5.5 TV`.
 */
export function chromiumMajor(userAgent: string): number | undefined {
  const match = /Chrome\/(\d+)\./.exec(userAgent) || /\s(\d+)\.\d+\.\d+\.\d+(?:\.\d+)?\/\d+\.\d+ TV\b/.exec(userAgent);
  return match ? Number(match[1]) : undefined;
}

/** `Chromium 76` for a user agent with a Chromium engine, undefined otherwise. */
export function engineName(userAgent: string): string | undefined {
  const major = chromiumMajor(userAgent);
  return major === undefined ? undefined : `Chromium ${major}`;
}
