/** Language preference for multi-language guides: `'fr'` matches `lang="fr"`, `"fr-CA"` and `"FR_ca"`. */

/** The primary subtag of a UI language, lower-cased (`'en-GB'` → `'en'`); `''` when none is given. */
export function primaryLanguage(language: string | undefined): string {
  if (!language) return '';
  const cut = language.search(/[-_]/);
  return (cut < 0 ? language : language.slice(0, cut)).trim().toLowerCase();
}

/** Whether a `lang` attribute value is in the preferred primary language. */
export function isPreferredLanguage(lang: string, preferred: string): boolean {
  if (preferred === '' || lang.length < preferred.length) return false;
  if (lang.length > preferred.length) {
    const separator = lang.charCodeAt(preferred.length);
    if (separator !== 45 && separator !== 95) return false;
  }
  return lang.slice(0, preferred.length).toLowerCase() === preferred;
}
