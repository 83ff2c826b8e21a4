/** Recognising adult categories by name. */

// "18+" ends in a non-word character, so a plain \b after it would never match before a space.
const ADULT_NAME = /(?:^|[^a-z0-9])(?:xxx|adult|porn)(?![a-z0-9])|(?:^|[^0-9])18\+/i;

/** Whether a category name says adult content ("XXX | Adult", "18+ Movies", "Porn"). */
export function isAdultCategoryName(name: string): boolean {
  return ADULT_NAME.test(name);
}
