/**
 * The look of the app: a dark theme on a 1920×1080 stage, text readable from three metres (body text ≥ 30 px).
 * Colours are Lightning ARGB numbers.
 */
export const STAGE_W = 1920;
export const STAGE_H = 1080;

/** Distance kept from the screen edges: TVs overscan, so nothing important goes closer. */
export const SAFE = { x: 96, y: 64 } as const;

export const COLORS = {
  background: 0xff0d1117,
  surface: 0xff1c2230,
  surfaceRaised: 0xff262e3f,
  focus: 0xff2f6fed,
  focusText: 0xffffffff,
  text: 0xffeef1f6,
  textMuted: 0xffa7b0c0,
  ok: 0xff3ecf6e,
  warning: 0xfff5b841,
  error: 0xffff6b6b,
  scrim: 0xd9000000,
  banner: 0xcc0d1117,
} as const;

export const FONT = {
  face: 'sans-serif',
  title: 56,
  heading: 42,
  body: 34,
  small: 30,
} as const;

/** Corner radius of buttons, fields and rows. */
export const RADIUS = 12;
