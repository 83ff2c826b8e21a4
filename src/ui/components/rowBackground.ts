import { Lightning } from '@lightningjs/sdk';
import { COLORS, RADIUS } from '../theme';

/** The rounded background of a list row, tinted by focus. */
export function rowBackground(w: number, h: number): Lightning.Texture.SettingsLoose {
  return Lightning.Tools.getRoundRect(w, h, RADIUS, 0, 0, true, 0xffffffff) as Lightning.Texture.SettingsLoose;
}

/** Background tint of a row with and without focus. */
export const ROW_COLORS = { idle: COLORS.surface, focused: COLORS.focus } as const;
