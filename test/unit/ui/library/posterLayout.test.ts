import { coverCrop, wrapTitle } from '../../../../src/ui/library/posterLayout';

/** A fixed-pitch font: every character is 10 px wide. */
const pitch10 = (text: string): number => text.length * 10;

describe('poster layout', () => {
  it('crops a poster image to the card without distortion, centred', () => {
    // The provider's 400×600 posters on a 196×294 card: the same 2:3 shape, nothing cut.
    expect(coverCrop(400, 600, 196, 294)).toEqual({ x: 0, y: 0, w: 400, h: 600 });
    // A wide image: the sides are cut equally, the full height stays.
    const wide = coverCrop(1280, 720, 196, 294);
    expect(wide.h).toBe(720);
    expect(wide.w).toBeCloseTo(480, 6);
    expect(wide.x).toBeCloseTo(400, 6);
    expect(wide.y).toBe(0);
    // A tall image: top and bottom are cut equally.
    const tall = coverCrop(200, 600, 196, 294);
    expect(tall.w).toBe(200);
    expect(tall.h).toBeCloseTo(300, 6);
    expect(tall.y).toBeCloseTo(150, 6);
    // The crop keeps the card's shape whatever the image.
    for (const [w, h] of [
      [333, 500],
      [1000, 100],
      [17, 900],
    ]) {
      const crop = coverCrop(w, h, 196, 294);
      expect(crop.w / crop.h).toBeCloseTo(196 / 294, 6);
      expect(crop.x + crop.w).toBeLessThanOrEqual(w + 1e-9);
      expect(crop.y + crop.h).toBeLessThanOrEqual(h + 1e-9);
    }
  });

  it('gives the whole image when a size is unknown', () => {
    expect(coverCrop(0, 0, 196, 294)).toEqual({ x: 0, y: 0, w: 0, h: 0 });
    expect(coverCrop(400, 600, 0, 294)).toEqual({ x: 0, y: 0, w: 400, h: 600 });
  });

  it('wraps a title at word boundaries within the width', () => {
    expect(wrapTitle('The Frontier', 170, 4, pitch10)).toEqual(['The Frontier']);
    expect(wrapTitle('Hidden Promise (2004)', 170, 4, pitch10)).toEqual(['Hidden Promise', '(2004)']);
    expect(wrapTitle('Empire  of   Avalon', 100, 4, pitch10)).toEqual(['Empire of', 'Avalon']);
    for (const line of wrapTitle('A very long title of a film with many words in it', 170, 4, pitch10)) {
      expect(pitch10(line)).toBeLessThanOrEqual(170);
    }
  });

  it('ends the last allowed line with an ellipsis when the title goes on', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten', 90, 2, pitch10);
    expect(lines).toEqual(['one two', 'three fo…']);
    expect(pitch10(lines[1])).toBeLessThanOrEqual(90);
  });

  it('cuts a word wider than a line', () => {
    expect(wrapTitle('Supercalifragilistic', 100, 4, pitch10)).toEqual(['Supercali…']);
    expect(wrapTitle('Go Supercalifragilistic now', 100, 4, pitch10)).toEqual(['Go', 'Supercali…', 'now']);
  });

  it('gives no lines for an empty title and at most one line when one is allowed', () => {
    expect(wrapTitle('', 170, 4, pitch10)).toEqual([]);
    expect(wrapTitle('   ', 170, 4, pitch10)).toEqual([]);
    expect(wrapTitle('alpha beta gamma', 100, 1, pitch10)).toEqual(['alpha bet…']);
  });
});
