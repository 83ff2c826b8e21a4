/**
 * Short ids that stay the same from one download to the next (so favourites and history survive a refresh):
 * two 32-bit FNV-1a hashes with different offsets, in base 36. 64 bits keep collisions negligible for the
 * few hundred thousand entries of the largest playlists.
 */
export function stableId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
