import { createTextFolder, foldText, foldedKey, searchWords } from '../../../../src/library/search';

describe('text folding', () => {
  it('folds case and diacritics, so "café" and "Cafe" meet', () => {
    expect(foldText('Café')).toBe('cafe');
    expect(foldText('CAFÉ')).toBe(foldText('cafe'));
    expect(foldText('Crème Brûlée à São Paulo')).toBe('creme brulee a sao paulo');
    expect(foldText('Zürich, Málaga, Łódź, Ærø')).toBe('zurich, malaga, lodz, aero');
  });

  it('spells out letters a plain keyboard lacks', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Œuvre')).toBe('oeuvre');
    expect(foldText('Þór')).toBe('thor');
  });

  it('removes combining marks of text that arrives decomposed', () => {
    expect(foldText('Cafe\u0301')).toBe('cafe');
  });

  it('folds Greek and Cyrillic letters with accents to their base letters (and final sigma to sigma)', () => {
    expect(foldText('Ελληνικές Ειδήσεις')).toBe('ελληνικεσ ειδησεισ');
    expect(foldText('ειδησεις')).toBe(foldText('ΕΙΔΗΣΕΙΣ'));
    expect(foldText('Ёлка Йошкар')).toBe('елка иошкар');
  });

  it('splits into words on anything that is not a letter or digit', () => {
    expect(searchWords('UK: Sky Sports 1 HD')).toEqual(['uk', 'sky', 'sports', '1', 'hd']);
    expect(searchWords('News, Weather & Traffic')).toEqual(['news', 'weather', 'traffic']);
    expect(searchWords('Música Latina 24/7 ★')).toEqual(['musica', 'latina', '24', '7']);
    expect(searchWords('The "Best" Channel — FHD™')).toEqual(['the', 'best', 'channel', 'fhd']);
    expect(searchWords('Москва 24')).toEqual(['москва', '24']);
    expect(searchWords('日本 ニュース')).toEqual(['日本', 'ニュース']);
    expect(searchWords('  --- ')).toEqual([]);
  });

  it('joins the words of a name into one key', () => {
    expect(foldedKey('  Amélie  (2001) ')).toBe('amelie 2001');
    expect(foldedKey('★★★')).toBe('');
  });

  it('tells whether text ends inside a word', () => {
    const folder = createTextFolder();
    expect(folder.endsInWord('sky sp')).toBe(true);
    expect(folder.endsInWord('sky ')).toBe(false);
    expect(folder.endsInWord('café')).toBe(true);
    expect(folder.endsInWord('news!')).toBe(false);
  });

  it('gives the same words without String.prototype.normalize (the fallback table)', () => {
    const native = createTextFolder();
    const fallback = createTextFolder({ nativeNormalize: false });
    const samples = [
      'Café Crème Brûlée',
      'ÀÁÂÃÄÅ àáâãäå ÇçÈÉÊËèéêë ÌÍÎÏìíîï ÑñÒÓÔÕÖòóôõö ÙÚÛÜùúûü Ýýÿ',
      'Ąćęłńóśźż ČčĎďĚěŇňŘřŠšŤťŮůŽž ĞğİıŞş ĂăȘșȚț Őőűű',
      'Straße Æsir Øresund Œdipe Þing Đakovo',
      'Tiếng Việt Hà Nội',
      'Ελληνικές Ειδήσεις άέήίόύώ ϊϋΐΰ',
      'Ёж Йогурт Ўзбек Ї',
    ];
    for (const sample of samples) expect([sample, fallback.words(sample)]).toEqual([sample, native.words(sample)]);
  });

  it('splits plain ASCII names into the same words as the general rule', () => {
    const samples = [
      'UK: Sky Sports 1 HD',
      '  --News--24/7  ',
      'A',
      'abc',
      '...',
      '',
      'x_y z\tw\n9',
      'MTV 80s|90s [FHD]',
    ];
    // Every printable ASCII character, in and around words.
    for (let c = 32; c < 127; c++) samples.push(`ab${String.fromCharCode(c)}cd ${String.fromCharCode(c)}`);
    for (const sample of samples) {
      expect([sample, searchWords(sample)]).toEqual([sample, sample.toLowerCase().match(/[0-9a-z]+/g) ?? []]);
    }
  });
});
