/**
 * Letters that folding maps to other letters. Engines without `String.prototype.normalize` use the whole table;
 * the others decompose with NFD and only need the letters NFD leaves alone (the "no decomposition" group).
 */

/** Base letter(s) → the accented letters that fold to it, for engines without NFD. Lower case only. */
const DECOMPOSABLE: Record<string, string> = {
  a: 'àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ',
  c: 'çćĉċčḉ',
  d: 'ďḋḍḏḑḓ',
  e: 'èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ',
  g: 'ĝğġģǧǵḡ',
  h: 'ĥȟḣḥḧḩḫẖ',
  i: 'ìíîïĩīĭįǐȉȋḭḯỉị',
  j: 'ĵǰ',
  k: 'ķǩḱḳḵ',
  l: 'ĺļľḷḹḻḽ',
  m: 'ḿṁṃ',
  n: 'ñńņňǹṅṇṉṋ',
  o: 'òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ',
  r: 'ŕŗřȑȓṙṛṝṟ',
  s: 'śŝşšșṡṣṥṧṩ',
  t: 'ţťțṫṭṯṱẗ',
  u: 'ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự',
  v: 'ṽṿ',
  w: 'ŵẁẃẅẇẉẘ',
  x: 'ẋẍ',
  y: 'ýÿŷȳẏẙỳỵỷỹ',
  z: 'źżžẑẓẕ',
  // Greek with tonos or dialytika, Cyrillic with breve or diaeresis: NFD splits these as well.
  α: 'ά',
  ε: 'έ',
  η: 'ή',
  ι: 'ίϊΐ',
  ο: 'ό',
  υ: 'ύϋΰ',
  ω: 'ώ',
  е: 'ѐё',
  и: 'ѝй',
  г: 'ѓ',
  і: 'ї',
  к: 'ќ',
  у: 'ўӯ',
};

/** Letters NFD keeps whole, folded the way a viewer would type them on a plain keyboard. */
export const UNDECOMPOSABLE: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
  ſ: 's',
  ƒ: 'f',
  ǥ: 'g',
  ɨ: 'i',
  ς: 'σ',
};

/** The fallback table: every accented letter → its base, plus {@link UNDECOMPOSABLE}. */
export function fallbackFoldTable(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const base of Object.keys(DECOMPOSABLE)) {
    const accented = DECOMPOSABLE[base];
    for (let i = 0; i < accented.length; i++) table[accented.charAt(i)] = base;
  }
  for (const letter of Object.keys(UNDECOMPOSABLE)) table[letter] = UNDECOMPOSABLE[letter];
  return table;
}
