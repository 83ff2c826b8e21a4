/**
 * A TV remote for a Chromium page: key presses with the TV's own key codes (Tizen Back 10009, webOS Back 461…),
 * sent through the DevTools protocol so the page sees trusted `keydown`/`keyup` events carrying those codes, as it
 * would on the TV.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Key codes both TVs share with a keyboard. */
export const NAV = { left: 37, up: 38, right: 39, down: 40, enter: 13 } as const;

/** Presses keys by code on one page. */
export class Remote {
  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<Remote> {
    return new Remote(page, await context.newCDPSession(page));
  }

  /** Presses the key with `code` `times` times, giving the app a moment after each press. */
  async press(code: number, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      const key = { windowsVirtualKeyCode: code, nativeVirtualKeyCode: code, code: '', key: 'Unidentified' };
      await this.session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
      await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      await this.page.waitForTimeout(120);
    }
  }
}
