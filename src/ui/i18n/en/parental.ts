/** English strings of the parental area (the reference table: every other language has exactly these keys). */
export const parental = {};
