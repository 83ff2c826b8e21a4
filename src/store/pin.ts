import { StoreError } from './errors';
import { sha256, toHex, utf8Bytes } from './sha256';

/** A parental PIN as stored: never the PIN, only a salted, iterated SHA-256 of it. */
export interface PinRecord {
  algorithm: 'sha256';
  /** 16 random bytes in hexadecimal, new for every PIN. */
  salt: string;
  iterations: number;
  /** 32 bytes in hexadecimal. */
  hash: string;
}

/** Iterations for new PINs: cheap on a TV, and each guess at a stolen record costs as much. */
export const PIN_ITERATIONS = 1000;

/** Fills `length` random bytes. */
export type RandomBytes = (length: number) => Uint8Array;

/** `crypto.getRandomValues` works outside secure contexts too (unlike `crypto.subtle`), on every engine we ship to. */
export const secureRandomBytes: RandomBytes = (length) => {
  const bytes = new Uint8Array(length);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
};

/** Whether a PIN is acceptable: 4 to 8 digits, what a remote's number keys can type. */
export function isValidPin(pin: string): boolean {
  return /^[0-9]{4,8}$/.test(pin);
}

function derive(pin: string, salt: string, iterations: number): string {
  const saltBytes = utf8Bytes(salt);
  const pinBytes = utf8Bytes(pin);
  let digest = sha256(concat(saltBytes, pinBytes));
  for (let i = 1; i < iterations; i++) digest = sha256(concat(digest, saltBytes));
  return toHex(digest);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** Hashes a new PIN with a fresh random salt. Throws `BAD_ARGUMENT` for a PIN that is not 4–8 digits. */
export function hashPin(pin: string, randomBytes: RandomBytes = secureRandomBytes): PinRecord {
  if (!isValidPin(pin)) throw new StoreError('BAD_ARGUMENT', 'a PIN is 4 to 8 digits');
  const salt = toHex(randomBytes(16));
  return { algorithm: 'sha256', salt, iterations: PIN_ITERATIONS, hash: derive(pin, salt, PIN_ITERATIONS) };
}

/** Whether `pin` is the one `record` was made from. Compares every character, whatever matches first. */
export function pinMatches(pin: string, record: PinRecord): boolean {
  const candidate = derive(pin, record.salt, record.iterations);
  if (candidate.length !== record.hash.length) return false;
  let difference = 0;
  for (let i = 0; i < candidate.length; i++) difference |= candidate.charCodeAt(i) ^ record.hash.charCodeAt(i);
  return difference === 0;
}
