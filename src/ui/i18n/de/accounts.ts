/** German strings of the accounts area. */
export const accounts = {};
