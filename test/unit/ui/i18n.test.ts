import { LANGUAGES, language, onLanguageChange, setLanguage, t, tn } from '../../../src/ui/i18n';
import { de } from '../../../src/ui/i18n/de';
import { en } from '../../../src/ui/i18n/en';

/** `{name}` placeholders of a string, sorted. */
function placeholders(text: string): string[] {
  return (text.match(/\{\w+\}/g) ?? []).sort();
}

describe('string tables', () => {
  afterEach(() => setLanguage('en'));

  it('has the same keys in every language, none empty, with the same placeholders', () => {
    const englishKeys = Object.keys(en).sort();
    expect(Object.keys(de).sort()).toEqual(englishKeys);
    englishKeys.forEach((key) => {
      const k = key as keyof typeof en;
      expect(de[k].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(de[k]) }).toEqual({ key, placeholders: placeholders(en[k]) });
    });
  });

  it('names each shipped language in itself', () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual(['en', 'de']);
  });

  it('switches language, tells listeners once per change and fills placeholders', async () => {
    const heard: string[] = [];
    const stop = onLanguageChange((l) => heard.push(l));
    expect(t('common.cancel')).toBe('Cancel');
    await setLanguage('de');
    await setLanguage('de');
    expect(language()).toBe('de');
    expect(t('common.cancel')).toBe('Abbrechen');
    expect(tn('common.channels', 1)).toBe('1 Sender');
    setLanguage('en');
    expect(tn('common.channels', 1)).toBe('1 channel');
    expect(tn('common.channels', 12)).toBe('12 channels');
    stop();
    await setLanguage('de');
    expect(heard).toEqual(['de', 'en']);
  });
});
