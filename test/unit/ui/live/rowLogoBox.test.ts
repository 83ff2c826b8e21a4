import { containIn } from '../../../../src/ui/live/rowLogoBox';

describe('fitting a logo into its box', () => {
  it('fills the width of a wide logo and centres it vertically', () => {
    expect(containIn(400, 100, 112, 63)).toEqual({ x: 0, y: 17, w: 112, h: 28 });
  });

  it('fills the height of a tall logo and centres it horizontally', () => {
    expect(containIn(100, 100, 112, 63)).toEqual({ x: 24, y: 0, w: 63, h: 63 });
  });

  it('scales a small logo up to the box without stretching it', () => {
    const box = containIn(16, 9, 112, 63);
    expect(box).toEqual({ x: 0, y: 0, w: 112, h: 63 });
  });

  it('fills the box when the image reports no size (an SVG without width and height)', () => {
    expect(containIn(0, 0, 112, 63)).toEqual({ x: 0, y: 0, w: 112, h: 63 });
  });
});
