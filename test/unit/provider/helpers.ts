/** Shared helpers of the provider tests: start/stop a provider and call it over real HTTP. */
import { startProvider, type ProviderOptions, type RunningProvider } from '../../provider/server';

/** Starts a quiet provider on a free port. */
export function start(options: ProviderOptions = {}): Promise<RunningProvider> {
  return startProvider({ port: 0, quiet: true, ...options });
}

/** player_api.php URL for an account and extra parameters. */
export function apiUrl(provider: RunningProvider, user: string, pass: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ username: user, password: pass, ...params });
  return `${provider.url}/player_api.php?${query}`;
}

/** Calls player_api.php as demo/demo (or another account) and parses the JSON answer. */
export async function api(
  provider: RunningProvider,
  params: Record<string, string> = {},
  account: [string, string] = ['demo', 'demo'],
): Promise<unknown> {
  const response = await fetch(apiUrl(provider, account[0], account[1], params));
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as unknown;
}

/** A plain object (for narrowing `unknown` answers in assertions). */
export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Json;
}

export function asArray(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error('not an array');
  return value.map(asObject);
}

/** A fixed instant for tests that move the provider's clock: 2026-07-15 12:00 UTC (14:00 in Berlin, summer time). */
export const SUMMER_NOON = Date.UTC(2026, 6, 15, 12, 0, 0);

/** A clock the test moves by hand. */
export function manualClock(start = SUMMER_NOON): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => void (current += ms) };
}

/** Reads from a body stream until `bytes` arrived or it ends; returns what was read. */
export async function readAtLeast(body: ReadableStream<Uint8Array>, bytes: number): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < bytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  await reader.cancel();
  return Buffer.concat(chunks);
}
