/** English strings of the search area (the reference table: every other language has exactly these keys). */
export const search = {};
