import type { Lightning } from '@lightningjs/sdk';
import type { SummaryRow } from '../accountSummary';
import { BusyIndicator } from '../components/BusyIndicator';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorOverlay } from '../components/ErrorOverlay';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

/** The actions of the details page, top to bottom. */
export type DetailsAction = 'switch' | 'rename' | 'edit' | 'delete';
export const DETAILS_ACTIONS: readonly DetailsAction[] = ['switch', 'rename', 'edit', 'delete'];

/** Element names of the action buttons (browser tests read them as the focused element). */
export const ACTION_REFS: Record<DetailsAction, string> = {
  switch: 'Switch',
  rename: 'Rename',
  edit: 'Edit',
  delete: 'Delete',
};

export interface AccountDetailsSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  State: object;
  Rows: object;
  Note: object;
  Actions: object;
  Busy: typeof BusyIndicator;
  Confirm: typeof ConfirmDialog;
  Error: typeof ErrorOverlay;
}

const ROWS_Y = 230;
const ROW_H = 54;
const LABEL_W = 430;
const ROWS_W = 1180;
const ACTIONS_X = STAGE_W - SAFE.x - 440;
const ACTION_STEP = 100;

/** The details page: facts on the left, the actions on the right, the dialogs above. */
export function detailsTemplate(): Lightning.Component.Template<AccountDetailsSpec> {
  return {
    Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
    Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: 1500, maxLines: 1 }) },
    State: { x: SAFE.x, y: SAFE.y + 84, text: textStyle('', FONT.small, COLORS.textMuted) },
    Rows: { x: SAFE.x, y: ROWS_Y },
    Note: { x: SAFE.x, text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: ROWS_W, maxLines: 2 }) },
    Actions: {
      x: ACTIONS_X,
      y: ROWS_Y,
      children: DETAILS_ACTIONS.map((action, i) => ({
        ref: ACTION_REFS[action],
        type: Button,
        y: i * ACTION_STEP,
        w: 440,
      })),
    },
    Busy: { type: BusyIndicator, x: ACTIONS_X, y: ROWS_Y + DETAILS_ACTIONS.length * ACTION_STEP + 20, visible: false },
    Confirm: { type: ConfirmDialog, zIndex: 10, signals: { confirm: '_confirmDelete', cancel: '_cancelDelete' } },
    Error: { type: ErrorOverlay, zIndex: 10, signals: { dismiss: '_closeError' } },
  };
}

/** The rows as label/value pairs; returns where the rows end (for the note below them). */
export function drawRows(rows: Lightning.Element, items: SummaryRow[]): number {
  rows.children = items.map((row, i) => ({
    y: i * ROW_H,
    Label: { text: textStyle(row.label, FONT.body, COLORS.textMuted) },
    Value: {
      x: LABEL_W,
      text: textStyle(row.value, FONT.body, COLORS.text, { wordWrapWidth: ROWS_W - LABEL_W, maxLines: 1 }),
    },
  }));
  return ROWS_Y + items.length * ROW_H + 24;
}

/** Shows the buttons of `actions` stacked from the top, hiding the others. */
export function placeActions(container: Lightning.Element, actions: readonly DetailsAction[]): void {
  DETAILS_ACTIONS.forEach((action) => {
    const button = actionButton(container, action);
    const index = actions.indexOf(action);
    button.patch({ visible: index >= 0, y: Math.max(0, index) * ACTION_STEP });
  });
}

/** The button of `action` in the actions column. */
export function actionButton(container: Lightning.Element, action: DetailsAction): Button {
  return container.childList.getAt(DETAILS_ACTIONS.indexOf(action)) as unknown as Button;
}
