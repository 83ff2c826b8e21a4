import { EARLY_CANVAS_GLOBAL, takeEarlyCanvas } from '../../../src/ui/earlyCanvas';

/** A 2D context as the loader leaves it: its canvas, and no `useProgram`. */
function twoD(width: number, height: number) {
  return { canvas: { width, height }, fillRect: () => undefined };
}

/** A WebGL context: `useProgram`, and the extension that lets go of it. */
function webgl(width: number, height: number) {
  const lost: string[] = [];
  return {
    canvas: { width, height },
    useProgram: () => undefined,
    getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext: () => lost.push(name) } : null),
    lost,
  };
}

const FULL = { w: 1920, h: 1080 };

describe("the stage canvas made by the page's loader", () => {
  it('is taken when it has the kind and the size the stage needs, once', () => {
    const context = twoD(1920, 1080);
    const host: Record<string, unknown> = { [EARLY_CANVAS_GLOBAL]: context };
    expect(takeEarlyCanvas(host, { ...FULL, canvas2d: true })).toBe(context);
    // A second stage (a test that launches twice) makes its own.
    expect(takeEarlyCanvas(host, { ...FULL, canvas2d: true })).toBeUndefined();
    expect(host[EARLY_CANVAS_GLOBAL]).toBeUndefined();

    const gl = webgl(1280, 720);
    expect(takeEarlyCanvas({ [EARLY_CANVAS_GLOBAL]: gl }, { w: 1280, h: 720, canvas2d: false })).toBe(gl);
    expect(gl.lost).toEqual([]);
  });

  it('is refused, and let go of, when the kind or the size differs from what the stage needs', () => {
    const gl = webgl(1920, 1080);
    expect(takeEarlyCanvas({ [EARLY_CANVAS_GLOBAL]: gl }, { ...FULL, canvas2d: true })).toBeUndefined();
    expect(gl.lost).toEqual(['WEBGL_lose_context']);
    expect(gl.canvas).toEqual({ width: 0, height: 0 });

    const small = twoD(1920, 1080);
    expect(takeEarlyCanvas({ [EARLY_CANVAS_GLOBAL]: small }, { w: 1280, h: 720, canvas2d: true })).toBeUndefined();
    expect(small.canvas).toEqual({ width: 0, height: 0 });

    const flat = twoD(1920, 1080);
    expect(takeEarlyCanvas({ [EARLY_CANVAS_GLOBAL]: flat }, { ...FULL, canvas2d: false })).toBeUndefined();
  });

  it('is absent without the loader (unit tests, a page that never ran it), and ignored when not a context', () => {
    expect(takeEarlyCanvas({}, { ...FULL, canvas2d: true })).toBeUndefined();
    const host: Record<string, unknown> = { [EARLY_CANVAS_GLOBAL]: 'not a context' };
    expect(takeEarlyCanvas(host, { ...FULL, canvas2d: true })).toBeUndefined();
    expect(host[EARLY_CANVAS_GLOBAL]).toBeUndefined();
  });
});
