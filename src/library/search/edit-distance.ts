/**
 * "One typo" tests: edit distance at most 1 with substitution, insertion, deletion and the transposition of two
 * neighbouring letters (optimal string alignment). Both run in O(length), stop at the second difference and
 * allocate nothing, so a keystroke can test thousands of words.
 */

/** Whether `a` and `b` differ by at most one edit. */
export function withinOneEdit(a: string, b: string): boolean {
  return headsWithinOneEdit(a, a.length, b, b.length);
}

/**
 * Whether some prefix of `word` is within one edit of `typed`: the word being typed may end anywhere inside a
 * longer word ("fotba" → "football").
 */
export function prefixWithinOneEdit(typed: string, word: string): boolean {
  const n = typed.length;
  for (let length = n - 1; length <= n + 1; length++) {
    if (length > 0 && length <= word.length && headsWithinOneEdit(typed, n, word, length)) return true;
  }
  return false;
}

/** Whether the first `la` characters of `a` and the first `lb` of `b` differ by at most one edit. */
function headsWithinOneEdit(a: string, la: number, b: string, lb: number): boolean {
  if (la - lb > 1 || lb - la > 1) return false;
  const shorter = la < lb ? la : lb;
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === shorter) return true;
  if (la === lb) {
    if (sameUntil(a, i + 1, b, i + 1, la)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameUntil(a, i + 2, b, i + 2, la)
    );
  }
  return la > lb ? sameUntil(a, i + 1, b, i, la) : sameUntil(a, i, b, i + 1, la);
}

/** Whether a[i..end) equals b[j..j + end - i). */
function sameUntil(a: string, i: number, b: string, j: number, end: number): boolean {
  for (; i < end; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
