/** German strings of the search area. */
export const search = {};
