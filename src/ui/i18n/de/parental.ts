/** German strings of the parental area. */
export const parental = {};
