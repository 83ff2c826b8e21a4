/** JSON the way each panel writes it. */
import type { Flavour } from './flavour';

/**
 * PHP `json_encode` with default flags: `/` becomes `\/` (Q27) and non-ASCII becomes `\uXXXX` (UTF-16 units).
 * `/` only occurs inside strings in JSON, so a global replace is safe.
 */
export function phpJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Serialises an answer for a flavour: XC2 byte-for-byte like PHP, XUI as plain JSON. */
export function encodeJson(flavour: Flavour, value: unknown): string {
  return flavour === 'xc2' ? phpJson(value) : JSON.stringify(value);
}
