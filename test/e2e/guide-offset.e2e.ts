/**
 * Guide time offsets in the production (ES5) build running in Chromium, by key presses only: one channel's
 * programmes are moved an hour later from its menu on the Live TV page (Yellow), and the guide shows them an hour
 * later; the account's offset in Settings then moves every channel back an hour, so that channel is where it began.
 */
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../scripts/serve';
import type { RunningProvider } from '../provider/server';
import {
  focused,
  moveTo,
  focusedText,
  press,
  probe,
  route,
  waitForApp,
  waitForRoute,
  waitForText,
  waitUntil,
} from './support/app';
import { screenshot, type BrowserSession } from './support/browser';
import { closeStage, openStage } from './support/stage';

let provider: RunningProvider;
let emulator: RunningEmulator;
let browser: BrowserSession;

beforeAll(async () => {
  ({ provider, emulator, browser } = await openStage());
});

afterAll(async () => {
  await closeStage({ provider, emulator, browser });
});

/** What the guide page reports (src/ui/pages/GuidePage.ts). */
interface GuideProbe {
  channelIndex: number;
  focusedTitle?: string;
  focusedStart?: number;
  loading: boolean;
}

interface Programme {
  title: string;
  start: number;
}

const HOUR_MS = 3600000;

function guide(page: Page): Promise<GuideProbe> {
  return probe<GuideProbe>(page, 'guide') as Promise<GuideProbe>;
}

/** Waits for the guide page to be loaded with the focus on row `row` (any row when undefined). */
function guideAt(page: Page, row?: number): Promise<GuideProbe> {
  return waitUntil(
    () => guide(page),
    (g) => g !== undefined && !g.loading && (row === undefined || g.channelIndex === row),
    `the guide on row ${row ?? 'any'}`,
    60000,
  );
}

/** Presses Right until the focused programme starts at `start` or later (at most 24 presses); returns it. */
async function rightTo(page: Page, start: number): Promise<Programme> {
  let at = await guide(page);
  for (let i = 0; i < 24 && (at.focusedStart === undefined || at.focusedStart < start); i++) {
    const before = at.focusedStart;
    await press(page, 'ArrowRight');
    at = await waitUntil(
      () => guide(page),
      (g) => g.focusedStart !== before,
      'the next programme',
      5000,
    );
  }
  return { title: at.focusedTitle ?? '', start: at.focusedStart ?? NaN };
}

/** Back (Escape) until the home page shows. */
async function backToHome(page: Page): Promise<void> {
  for (let i = 0; i < 4 && (await route(page)) !== 'home'; i++) {
    await press(page, 'Escape');
    await page.waitForTimeout(400);
  }
  await waitForRoute(page, 'home');
}

/** From home: the guide of all channels, on its row `row` (the first row with programmes when undefined). */
async function openGuide(page: Page, row?: number): Promise<GuideProbe> {
  // Home keeps the entry last used: the top of the menu first, then its second entry.
  await moveTo(page, 'LiveTv', 'ArrowUp');
  await moveTo(page, 'Guide');
  await press(page, 'Enter');
  await waitForRoute(page, 'guide');
  let at = await guideAt(page);
  for (let i = 0; i < 30 && (row === undefined ? at.focusedTitle === undefined : at.channelIndex < row); i++) {
    const from = at.channelIndex;
    await press(page, 'ArrowDown');
    at = await waitUntil(
      () => guide(page),
      (g) => g.channelIndex === from + 1,
      'the next row',
      5000,
    );
  }
  return at;
}

describe('guide time offsets', () => {
  it('moves one channel from its menu and every channel from Settings, and the guide follows', async () => {
    const page = browser.page;
    await page.goto(`${emulator.url}/?canvas2d=1`);
    await waitForApp(page);
    await waitForRoute(page, 'login');
    await waitForText(page, /Demo provider/);
    await press(page, 'ArrowDown', 5);
    await press(page, 'Enter'); // fills the demo account
    await press(page, 'Enter'); // Connect
    await waitForRoute(page, 'home', 60000);

    // The guide as published: the programme on air on the first channel with programmes, and the one after it.
    const first = await openGuide(page);
    const row = first.channelIndex;
    const onAir: Programme = { title: first.focusedTitle!, start: first.focusedStart! };
    expect(onAir.start).toBeLessThanOrEqual(Date.now());
    const next = await rightTo(page, onAir.start + 1);
    expect(next.start).toBeGreaterThan(onAir.start);
    await backToHome(page);

    // Live TV, all channels, the same channel: Yellow opens its menu.
    await moveTo(page, 'LiveTv', 'ArrowUp');
    await press(page, 'Enter');
    await waitForRoute(page, 'live');
    await waitForText(page, /^All channels$/);
    await press(page, 'ArrowRight');
    for (let i = 0; i < row; i++) await press(page, 'ArrowDown');
    await waitUntil(
      () => probe<{ focusedIndex: number }>(page, 'live.list'),
      (l) => l !== undefined && l.focusedIndex === row,
      `channel ${row} in the list`,
    );
    await press(page, 'F3');
    await waitForText(page, /^Guide time offset$/);
    expect(await focused(page)).toBe('Favourite:Add to favourites');
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe('Offset:Guide time offset: ‹  None  ›');
    await press(page, 'ArrowRight', 2);
    await waitUntil(
      () => focused(page),
      (f) => f === 'Offset:Guide time offset: ‹  +1 h  ›',
      'the offset to read +1 h',
    );
    await screenshot(page, 'live-channel-menu', 'live-channel-menu');

    // "Show in the guide": the guide opens on the channel, whose programmes are now an hour later.
    await press(page, 'ArrowDown');
    expect(await focused(page)).toBe('Guide:Show in the guide');
    await press(page, 'Enter');
    await waitForRoute(page, 'guide/all');
    await guideAt(page, row);
    const shifted = await rightTo(page, onAir.start + HOUR_MS);
    expect(shifted).toEqual({ title: onAir.title, start: onAir.start + HOUR_MS });
    const shiftedNext = await rightTo(page, next.start + HOUR_MS);
    expect(shiftedNext).toEqual({ title: next.title, start: next.start + HOUR_MS });
    await backToHome(page);

    // Settings: the account's offset an hour back; that channel's hour forward and the account's hour back cancel.
    await moveTo(page, 'Settings');
    await press(page, 'Enter');
    await waitForRoute(page, 'settings');
    await moveTo(page, 'GuideOffset');
    await press(page, 'ArrowLeft', 2);
    await waitUntil(
      async () => (await focusedText(page)).filter((text) => text !== '‹' && text !== '›')[1],
      (value) => value === '−1 h',
      'the account offset to read −1 h',
    );
    await screenshot(page, 'settings-guide-offset', 'settings-guide-offset');
    await backToHome(page);
    let back = await openGuide(page, row);
    if (back.focusedStart !== undefined && back.focusedStart > onAir.start) {
      // The programme ended while the test ran: the one on air is the next; its predecessor is the one seen.
      await press(page, 'ArrowLeft');
      back = await waitUntil(
        () => guide(page),
        (g) => g.focusedStart !== undefined && g.focusedStart <= onAir.start,
        'the programme before',
        5000,
      );
    }
    expect({ title: back.focusedTitle, start: back.focusedStart }).toEqual(onAir);
  });
});
