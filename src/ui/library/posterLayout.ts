/**
 * Where things go on a poster card's own canvas (see {@link PosterArt}): the part of an image that covers the card
 * and the lines a title wraps to. Pure arithmetic, kept free of the canvas so it runs under jest.
 */

/** A source rectangle of an image, in the image's pixels. */
export interface CropRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The centred part of a `srcW`×`srcH` image that fills a `w`×`h` card without distortion (CSS `object-fit: cover`):
 * the longer side is cut equally on both ends. An image without a size gives the whole image.
 */
export function coverCrop(srcW: number, srcH: number, w: number, h: number): CropRect {
  if (!(srcW > 0 && srcH > 0 && w > 0 && h > 0)) return { x: 0, y: 0, w: Math.max(0, srcW), h: Math.max(0, srcH) };
  const scale = Math.max(w / srcW, h / srcH);
  const cropW = Math.min(srcW, w / scale);
  const cropH = Math.min(srcH, h / scale);
  return { x: (srcW - cropW) / 2, y: (srcH - cropH) / 2, w: cropW, h: cropH };
}

/** The text width a font gives a string (the canvas's `measureText(text).width`). */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/** Cuts `text` to the longest start that fits `maxWidth` with an ellipsis. */
function shorten(text: string, maxWidth: number, measure: MeasureText): string {
  let end = text.length;
  while (end > 0 && measure(text.slice(0, end).trimEnd() + ELLIPSIS) > maxWidth) end--;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Wraps a title into at most `maxLines` lines no wider than `maxWidth`: words move to the next line whole, a word
 * wider than a line is cut with an ellipsis, and text left over after the last line ends that line with an
 * ellipsis. Measures each candidate line once, so a title costs a few `measureText` calls.
 */
export function wrapTitle(text: string, maxWidth: number, maxLines: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line available: what is left of the title ends here.
      lines.push(
        shorten(candidate + (i + 1 < words.length ? ` ${words.slice(i + 1).join(' ')}` : ''), maxWidth, measure),
      );
      return lines;
    }
    if (line) {
      // The word starts the next line.
      lines.push(line);
      line = '';
      i--;
    } else lines.push(shorten(words[i], maxWidth, measure));
  }
  if (line) lines.push(line);
  return lines;
}
