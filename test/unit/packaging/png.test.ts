import zlib from 'node:zlib';
import { drawAppIcon, drawSplash } from '../../../tizen/shared/artwork';
import { crc32, encodePng, pngSize, RgbaImage } from '../../../tizen/shared/png';

/** Decodes our own PNGs (RGBA, filter Sub or None) back to pixels, checking every chunk's CRC. */
function decodePng(png: Buffer): RgbaImage {
  let offset = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height * 4);
  const stride = width * 4;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const left = filter === 1 && x >= 4 ? pixels[y * stride + x - 4] : 0;
      pixels[y * stride + x] = (raw[y * (stride + 1) + 1 + x] + left) & 0xff;
    }
  }
  return { width, height, pixels };
}

function pixel(image: RgbaImage, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return Array.from(image.pixels.subarray(i, i + 4));
}

describe('the icons and splash drawn in code', () => {
  it('encodes a PNG that decodes back to the same pixels', () => {
    const icon = drawAppIcon(130);
    const decoded = decodePng(encodePng(icon));
    expect(decoded.width).toBe(130);
    expect(decoded.height).toBe(130);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(icon.pixels))).toBe(true);
  });

  it('draws a white play sign on a blue disc over an opaque dark background', () => {
    const icon = drawAppIcon(512);
    expect(pixel(icon, 256, 256)).toEqual([255, 255, 255, 255]);
    expect(pixel(icon, 256, 120)).toEqual([0x2f, 0x80, 0xed, 255]);
    const corner = pixel(icon, 0, 511);
    expect(corner[3]).toBe(255);
    expect(Math.max(corner[0], corner[1], corner[2])).toBeLessThan(40);
  });

  it('makes every size the TVs ask for, the same bytes on every run', () => {
    for (const size of [80, 130, 512])
      expect(pngSize(encodePng(drawAppIcon(size)))).toEqual({ width: size, height: size });
    expect(pngSize(encodePng(drawSplash(1920, 1080)))).toEqual({ width: 1920, height: 1080 });
    expect(encodePng(drawAppIcon(80)).equals(encodePng(drawAppIcon(80)))).toBe(true);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
