function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Settings as the caller knows them: every key of `defaults`, taking the stored value only when it has
 * the same kind (a number stays a number...), so a value left by an older build never changes a type.
 * A default of `null` or `undefined` accepts any stored value. Stored keys the defaults do not name stay
 * stored but are not returned.
 */
export function settingsOver<T extends object>(defaults: T, stored: Record<string, unknown>): T {
  const result = { ...defaults };
  (Object.keys(defaults) as Array<keyof T & string>).forEach((key) => {
    if (!Object.prototype.hasOwnProperty.call(stored, key)) return;
    const fallback: unknown = defaults[key];
    const value = stored[key];
    if (fallback === null || fallback === undefined || kindOf(fallback) === kindOf(value)) {
      result[key] = value as T[keyof T & string];
    }
  });
  return result;
}
