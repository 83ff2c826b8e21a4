import { BROWSER_KEY_MAP } from '../../../src/platform/browser';
import { toLightningKeys } from '../../../src/platform/keys';
import { WEBOS_KEY_MAP } from '../../../src/platform/webos';
import { applicationOptions, stageCanvasSize } from '../../../src/ui/launchOptions';

const base = { canvas2d: true, clearColor: 0, defaultFontFace: 'sans-serif', viewportHeight: 1080 };

describe('the Lightning application options', () => {
  it('keeps what the platform maps a key to, and the keys the SDK launcher added where the platform names none', () => {
    const keys = applicationOptions({ ...base, keys: toLightningKeys(BROWSER_KEY_MAP) }).keys as Record<number, string>;
    // Escape is Back in the browser (the SDK alone would make it Menu); PageUp stays a channel key.
    expect(keys[27]).toBe('Back');
    expect(keys[33]).toBe('ChannelUp');
    // Codes only the SDK launcher knew.
    expect(keys[250]).toBe('PlayPause');
    expect(keys[409]).toBe('Search');
    const tv = applicationOptions({ ...base, keys: toLightningKeys(WEBOS_KEY_MAP) }).keys as Record<number, string>;
    expect(tv[461]).toBe('Back');
    expect(tv[8]).toBe('Back');
    expect(tv[27]).toBe('Menu');
  });

  it('draws the 1920×1080 layout at full size, and at 2/3 in a 720-line browser', () => {
    const full = applicationOptions({ ...base, keys: {} }).stage as Record<string, unknown>;
    expect(full).toMatchObject({ w: 1920, h: 1080, precision: 1, canvas2d: true, useImageWorker: false });
    const small = applicationOptions({ ...base, keys: {}, viewportHeight: 720 }).stage as Record<string, unknown>;
    // The canvas is 1280×720; the layout drawn on it is still 1920×1080.
    expect(small).toMatchObject({ w: 1280, h: 720 });
    expect(small.precision).toBeCloseTo(2 / 3);
  });

  it("builds the stage on a context made beforehand only when one is given, and says the canvas's size", () => {
    const context = { canvas: { width: 1920, height: 1080 } };
    expect(applicationOptions({ ...base, keys: {}, context }).stage).toMatchObject({ context });
    expect(applicationOptions({ ...base, keys: {} }).stage).not.toHaveProperty('context');
    expect(stageCanvasSize(1080)).toEqual({ w: 1920, h: 1080, precision: 1 });
    expect(stageCanvasSize(720)).toMatchObject({ w: 1280, h: 720 });
  });
});
