import { Lightning } from '@lightningjs/sdk';
import { containIn } from './rowLogoBox';

type LoadDone = (error: unknown, canvas?: HTMLCanvasElement) => void;

/**
 * A channel logo as a texture drawn once, at the size it is shown, into a canvas of its own. Providers mostly hand
 * out SVG logos, and the 2D renderer draws an image texture again, scaled, in every frame the list changes: with a
 * dozen logos on screen that was most of a scrolling frame. Textures with the same URL and size share one canvas
 * (the lookup id), so a channel scrolled back into view shows its logo without loading it again. The image is
 * loaded with CORS like Lightning's own image textures, so a WebGL renderer can upload the canvas.
 */
export function logoTexture(src: string, w: number, h: number): Lightning.Texture.SettingsLoose {
  const factory = (done: LoadDone): (() => void) => {
    const image = new Image();
    if (src.slice(0, 5) !== 'data:') image.crossOrigin = 'anonymous';
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d');
      if (!context) {
        done(new Error('no 2D canvas for a logo'));
        return;
      }
      const box = containIn(image.naturalWidth || image.width, image.naturalHeight || image.height, w, h);
      context.drawImage(image, box.x, box.y, box.w, box.h);
      done(null, canvas);
    };
    image.onerror = () => done(new Error(`logo failed to load: ${src}`));
    image.src = src;
    // Lightning calls this when the row moved on before the logo arrived.
    return () => {
      image.onload = null;
      image.onerror = null;
      image.removeAttribute('src');
    };
  };
  return Lightning.Tools.getCanvasTexture(
    factory as unknown as Parameters<typeof Lightning.Tools.getCanvasTexture>[0],
    `logo:${w}x${h}:${src}`,
  ) as Lightning.Texture.SettingsLoose;
}
