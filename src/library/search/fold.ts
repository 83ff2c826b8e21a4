/**
 * Text folding for search and A–Z sorting: lower case, no diacritics ("Café" → "cafe", "Straße" → "strasse"),
 * split into words on anything that is not a letter or digit. Engines with `String.prototype.normalize` fold
 * through NFD; an engine without it (or with a broken one) uses a built-in table that gives the same result for
 * Latin, Greek and Cyrillic letters.
 */
import { fallbackFoldTable, UNDECOMPOSABLE } from './fold-table';

/** Folds text and splits it into search words. */
export interface TextFolder {
  /** Lower case without diacritics; separators are kept. */
  fold(text: string): string;
  /** The folded words of `text`, in order (duplicates kept). */
  words(text: string): string[];
  /** The folded words joined by single spaces: the form names are compared and sorted in. */
  key(text: string): string;
  /** Whether `text` ends inside a word (its last word may still be being typed). */
  endsInWord(text: string): boolean;
}

/** Options of {@link createTextFolder}. */
export interface TextFolderOptions {
  /** Use `String.prototype.normalize` when the engine has it (default true); false forces the fallback table. */
  nativeNormalize?: boolean;
}

// Letters and digits of the scripts a catalogue uses; everything else (punctuation, symbols, emoji) separates words.
const WORD_CHARS =
  '0-9a-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u0373\\u0376-\\u037d\\u0386\\u0388-\\u03ff' +
  '\\u0400-\\u0482\\u048a-\\u052f\\u0531-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a\\u0660-\\u0669\\u066e-\\u06d3' +
  '\\u0900-\\u0e7f\\u1100-\\u11ff\\u1e00-\\u1fbc\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff' +
  '\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9f';
/* eslint-disable no-misleading-character-class -- these classes are code-unit ranges on purpose: combining marks
   are matched one by one, to be removed (folding) or kept inside words (scripts that need them). */
const WORDS = new RegExp(`[${WORD_CHARS}]+`, 'g');
const ENDS_IN_WORD = new RegExp(`[${WORD_CHARS}]$`);
/** Characters folding may change: combining marks and the Latin, Greek and Cyrillic letters with diacritics. */
const FOLDABLE = /[\u00c0-\u024f\u0300-\u036f\u0370-\u04ff\u1e00-\u1eff]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/* eslint-enable no-misleading-character-class */
const NON_ASCII = /[\u0080-\uffff]/;
const FOLDABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00c0, 0x024f],
  [0x0370, 0x04ff],
  [0x1e00, 0x1eff],
];

function canNormalize(): boolean {
  return typeof ''.normalize === 'function' && 'é'.normalize('NFD').length === 2;
}

function undecomposed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    out += UNDECOMPOSABLE[c] ?? c;
  }
  return out;
}

/** Every foldable character → its folded form, through NFD (native) or the fallback table. */
function foldTable(native: boolean): Record<string, string> {
  const table = native ? {} : fallbackFoldTable();
  if (native) {
    for (const [from, to] of FOLDABLE_RANGES) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        const folded = undecomposed(c.normalize('NFD').replace(COMBINING_MARKS, ''));
        if (folded !== c) table[c] = folded;
      }
    }
  }
  for (let code = 0x0300; code <= 0x036f; code++) table[String.fromCharCode(code)] = '';
  return table;
}

/** A folder; {@link foldText} and {@link searchWords} use the default one. */
export function createTextFolder(options: TextFolderOptions = {}): TextFolder {
  const table = foldTable(options.nativeNormalize !== false && canNormalize());
  const replace = (c: string): string => {
    const folded = table[c];
    return folded === undefined ? c : folded;
  };
  const fold = (text: string): string => {
    const lower = text.toLowerCase();
    return NON_ASCII.test(lower) ? lower.replace(FOLDABLE, replace) : lower;
  };
  const words = (text: string): string[] => {
    const lower = text.toLowerCase();
    if (!NON_ASCII.test(lower)) return asciiWords(lower);
    return lower.replace(FOLDABLE, replace).match(WORDS) || [];
  };
  return {
    fold,
    words,
    key: (text) => words(text).join(' '),
    endsInWord: (text) => ENDS_IN_WORD.test(fold(text)),
  };
}

/**
 * The words of lower-case ASCII text: runs of digits and letters a–z (what {@link WORDS} finds in such text). A
 * scan by hand allocates the words and nothing else; a global match allocates several times more, which matters
 * when a catalogue of hundreds of thousands of names is indexed while the viewer may press a key (every
 * young-generation collection then runs inside a slice).
 */
function asciiWords(text: string): string[] {
  // Counted first, so the array is allocated at its size (a growing one reserves room for more).
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const wordChar = isAsciiWordChar(text.charCodeAt(i));
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  const out: string[] = new Array<string>(count);
  let start = -1;
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isAsciiWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out[n++] = start === 0 && i === text.length ? text : text.slice(start, i);
      start = -1;
    }
  }
  return out;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

let defaultFolder: TextFolder | undefined;

/** The shared folder, built on first use: building its table at load cost start-up about 80 ms on a TV's CPU. */
function folder(): TextFolder {
  if (!defaultFolder) defaultFolder = createTextFolder();
  return defaultFolder;
}

/** Lower case without diacritics ("Crème Brûlée" → "creme brulee"). */
export const foldText = (text: string): string => folder().fold(text);
/** The folded words of a text ("Sky Sports 1 HD" → ["sky", "sports", "1", "hd"]). */
export const searchWords = (text: string): string[] => folder().words(text);
/** The folded words joined by spaces: the A–Z collation key and the form names are matched in. */
export const foldedKey = (text: string): string => folder().key(text);
