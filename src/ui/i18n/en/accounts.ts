/** English strings of the accounts area (the reference table: every other language has exactly these keys). */
export const accounts = {};
