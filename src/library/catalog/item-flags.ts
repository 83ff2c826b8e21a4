/** Per-item flags of a catalogue section, one byte per item. */

/** Shown in "All": not only in hidden categories. */
export const LISTED = 1;
/** In a locked category. */
export const LOCKED = 2;
/** Marked adult by the provider, or in an adult category. */
export const ADULT = 4;
