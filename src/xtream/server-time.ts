import type { ServerInfo } from './models';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;

/** Epoch ms of a "YYYY-MM-DD HH:MM[:SS]" wall-clock string read as if it were UTC. */
export function wallClockAsUtc(value: string): number | undefined {
  const m = WALL_CLOCK.exec(value.trim());
  if (!m) return undefined;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], m[6] ? +m[6] : 0);
}

/** A wall-clock reading: what a clock on the panel's wall shows. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters: Record<string, Intl.DateTimeFormat | null> = {};

/** A formatter for `timeZone`, or null when the engine lacks IANA zones (old TV engines) or the name is unknown. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (formatters[timeZone] !== undefined) return formatters[timeZone];
  let formatter: Intl.DateTimeFormat | null = null;
  try {
    if (typeof Intl === 'object' && typeof Intl.DateTimeFormat === 'function') {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hour12: false,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      // Engines without zone data may accept the option yet ignore it: make sure it stuck.
      const resolved = formatter.resolvedOptions().timeZone;
      if (!resolved || resolved.toLowerCase() !== timeZone.toLowerCase()) {
        if (timeZone.toUpperCase() !== 'UTC' || !/^(etc\/)?utc$/i.test(resolved ?? '')) formatter = null;
      }
    }
  } catch {
    formatter = null;
  }
  formatters[timeZone] = formatter;
  return formatter;
}

function readParts(formatter: Intl.DateTimeFormat, ms: number): number[] | undefined {
  if (typeof formatter.formatToParts === 'function') {
    const values: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(ms))) values[part.type] = Number(part.value);
    return [values.year, values.month, values.day, values.hour, values.minute, values.second];
  }
  // Engines before formatToParts (Chromium < 57): en-US gives "MM/DD/YYYY, HH:MM:SS".
  const m = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/.exec(formatter.format(new Date(ms)));
  return m ? [+m[3], +m[1], +m[2], +m[4], +m[5], +m[6]] : undefined;
}

/** The wall clock in `timeZone` at `ms`, or undefined when the engine cannot tell. */
export function wallClockInZone(ms: number, timeZone: string): WallClock | undefined {
  const formatter = formatterFor(timeZone);
  if (!formatter) return undefined;
  const parts = readParts(formatter, ms);
  if (!parts || parts.some((n) => typeof n !== 'number' || isNaN(n))) return undefined;
  const [year, month, day, hour, minute, second] = parts;
  // Some engines write midnight as 24 with hour12: false.
  return { year, month, day, hour: hour === 24 ? 0 : hour, minute, second };
}

function wallClockInUtc(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The panel's wall clock at `ms`: from `server.timezone` when the engine knows it, else from
 * the offset derived at login (`utcOffsetMinutes`), else UTC.
 */
export function serverWallClock(ms: number, server: Pick<ServerInfo, 'timezone' | 'utcOffsetMinutes'>): WallClock {
  if (server.timezone) {
    const inZone = wallClockInZone(ms, server.timezone);
    if (inZone) return inZone;
  }
  return wallClockInUtc(ms + (server.utcOffsetMinutes ?? 0) * 60000);
}

function clockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** Reads a "YYYY-MM-DD HH:MM[:SS]" string written on the panel's wall clock as epoch ms. */
export function parseServerWallClock(
  value: string,
  server: Pick<ServerInfo, 'timezone' | 'utcOffsetMinutes'>,
): number | undefined {
  const guess = wallClockAsUtc(value);
  if (guess === undefined) return undefined;
  // The offset depends on the instant (DST), so measure it near the guess, then once more at the result.
  const offsetAt = (ms: number): number => clockAsUtc(serverWallClock(ms, server)) - Math.floor(ms / 1000) * 1000;
  const first = guess - offsetAt(guess);
  return guess - offsetAt(first);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "YYYY-MM-DD:HH-MM", the start parameter of a /timeshift/ URL. */
export function formatTimeshiftStart(clock: WallClock): string {
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}:${pad(clock.hour)}-${pad(clock.minute)}`;
}
