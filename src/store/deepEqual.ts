function sameTypedArray(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.byteLength !== b.byteLength || Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) {
    return false;
  }
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameMaps(a: Map<unknown, unknown>, b: Map<unknown, unknown>): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((value, key) => {
    if (same && (!b.has(key) || !deepEqual(value, b.get(key)))) same = false;
  });
  return same;
}

function sameSets(a: Set<unknown>, b: Set<unknown>): boolean {
  if (a.size !== b.size) return false;
  let same = true;
  a.forEach((value) => {
    if (same && !b.has(value)) same = false;
  });
  return same;
}

function sameKeys(a: object, b: object): string[] | undefined {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return undefined;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key)) return undefined;
  return keys;
}

/**
 * Structural equality for the values the cache holds (JSON-like data, typed arrays, Dates, Maps, Sets).
 * Stops at the first difference and copies nothing, so comparing two large catalogues costs one walk.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b; // both NaN
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    return ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && sameTypedArray(a, b);
  }
  // Tags rather than instanceof: values read back may come from another realm (a worker, a test VM).
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  switch (tag) {
    case '[object ArrayBuffer]':
      return sameTypedArray(new Uint8Array(a as ArrayBuffer), new Uint8Array(b as ArrayBuffer));
    case '[object Date]':
      return (a as Date).getTime() === (b as Date).getTime();
    case '[object Map]':
      return sameMaps(a as Map<unknown, unknown>, b as Map<unknown, unknown>);
    case '[object Set]':
      return sameSets(a as Set<unknown>, b as Set<unknown>);
  }
  const keys = sameKeys(a, b);
  if (!keys) return false;
  for (const key of keys) {
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
