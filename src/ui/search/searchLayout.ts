import type { Lightning } from '@lightningjs/sdk';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { TextField } from '../components/TextField';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_W } from '../theme';
import { RESULT_ROW_H, ResultRow } from './ResultRow';
import { ResultsList } from './ResultsList';

export interface SearchPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Field: typeof TextField;
  Keyboard: typeof OnScreenKeyboard;
  Help: object;
  Results: typeof ResultsList;
  Message: object;
  Hint: object;
  Progress: object;
}

const LEFT_W = OnScreenKeyboard.searchSize.w;
const FIELD_Y = 160;
const KEYBOARD_Y = FIELD_Y + 160;
/** The results column, right of the keyboard. */
export const RESULTS_X = SAFE.x + LEFT_W + 72;
export const RESULTS_Y = FIELD_Y;
export const RESULTS_W = STAGE_W - SAFE.x - RESULTS_X;
/** Rows between two rows. */
export const RESULT_GAP = 8;
/** Whole rows only: eight rows of results. */
export const RESULTS_H = 8 * (RESULT_ROW_H + RESULT_GAP) - RESULT_GAP;

/** The search page: title, query field and keyboard on the left; results, or a message, on the right. */
export function searchPageTemplate(background: number): Lightning.Component.Template<SearchPageSpec> {
  return {
    Background: { rect: true, w: STAGE_W, h: 1080, color: background },
    Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
    Field: { type: TextField, x: SAFE.x, y: FIELD_Y, w: LEFT_W },
    Keyboard: { type: OnScreenKeyboard, layout: 'search', x: SAFE.x, y: KEYBOARD_Y },
    Help: {
      x: SAFE.x,
      y: KEYBOARD_Y + OnScreenKeyboard.searchSize.h + 32,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: LEFT_W, lineHeight: 40 }),
    },
    Results: { type: ResultsList, x: RESULTS_X, y: RESULTS_Y, w: RESULTS_W },
    Message: {
      x: RESULTS_X,
      y: RESULTS_Y + 56,
      text: textStyle('', FONT.heading, COLORS.text, { wordWrapWidth: RESULTS_W, maxLines: 2, lineHeight: 56 }),
    },
    Hint: {
      x: RESULTS_X,
      y: RESULTS_Y + 56 + 130,
      text: textStyle('', FONT.body, COLORS.textMuted, { wordWrapWidth: RESULTS_W, maxLines: 4, lineHeight: 46 }),
    },
    Progress: {
      x: RESULTS_X,
      y: RESULTS_Y + RESULTS_H + 40,
      text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: RESULTS_W, maxLines: 1 }),
    },
  };
}

/** How the results list lays out its rows. */
export const RESULTS_LAYOUT = { rowType: ResultRow, rowHeight: RESULT_ROW_H, gap: RESULT_GAP, height: RESULTS_H };
