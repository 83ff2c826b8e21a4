/**
 * What the page's `env.js` tells the app. On a TV `env.js` is an empty object; the browser emulator's server fills it
 * (demo provider, CORS proxy). This is the one module that reads `window.TVPLAYER_ENV`.
 */
export interface AppEnv {
  /** True in the browser emulator (enables the CORS proxy and the test hook). */
  emulator: boolean;
  /** The demo provider's origin, offered on the login page. */
  demoServer?: string;
  demoUsername?: string;
  demoPassword?: string;
  /** Path prefix of the emulator's CORS proxy, e.g. `/proxy/`. */
  proxyPrefix?: string;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Checks an untrusted `TVPLAYER_ENV` value; anything malformed is dropped rather than trusted. */
export function parseEnv(raw: unknown): AppEnv {
  if (typeof raw !== 'object' || raw === null) return { emulator: false };
  const r = raw as Record<string, unknown>;
  const proxyPrefix = optionalString(r.proxyPrefix);
  return {
    emulator: r.emulator === true,
    demoServer: optionalString(r.demoServer),
    demoUsername: optionalString(r.demoUsername),
    demoPassword: optionalString(r.demoPassword),
    // Only a path on our own server may be a proxy, never another origin.
    proxyPrefix: proxyPrefix && /^\/[\w/-]*\/$/.test(proxyPrefix) ? proxyPrefix : undefined,
  };
}

/** Reads the environment from the host (`window` in the app). */
export function readEnv(host: { TVPLAYER_ENV?: unknown }): AppEnv {
  return parseEnv(host.TVPLAYER_ENV);
}
