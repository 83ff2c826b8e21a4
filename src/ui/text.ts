import { COLORS, FONT } from './theme';

/** Text settings in the theme's font; `extra` adds wrapping, alignment, line limits and the like. */
export function textStyle(
  text: string,
  fontSize: number = FONT.body,
  textColor: number = COLORS.text,
  extra: Record<string, unknown> = {},
): { text: string; fontSize: number; textColor: number; fontFace: string } & Record<string, unknown> {
  return { text, fontSize, textColor, fontFace: FONT.face, ...extra };
}
