import { firstInput } from '../loadActivityTiming';

/** How long the first screen shows its menu alone when no key comes; the account's side follows. */
export const ACCOUNT_DELAY_MS = 300;

let reveal: Promise<void> | undefined;
let revealed = false;

/**
 * When the home page's account side (card, tiles, lines: some thirty texts, each drawn into a canvas of its own on
 * a TV's slow CPU) may draw. On the app's first screen the menu draws alone, so that the viewer's first key does
 * not wait for them; they follow right after that key, or a moment later without one. Later visits draw them at
 * once ({@link accountShown}).
 */
export function revealAccount(): Promise<void> {
  if (!reveal) {
    reveal = firstInput(ACCOUNT_DELAY_MS).then(() => {
      revealed = true;
    });
  }
  return reveal;
}

/** Whether the account side draws at once (the first screen is past). */
export function accountShown(): boolean {
  return revealed;
}
