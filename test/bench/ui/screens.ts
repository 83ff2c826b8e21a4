/**
 * Opening the screens the benches scroll: the Live TV channel list ("All", 50,000 channels) and the guide grid. The
 * list reports itself through the probe `live.list` ({focusedIndex, length, keysHandled}) and the grid through
 * `guide` ({channelIndex, focusedTitle, focusedStart, windowStart, cells}); where a build has no such probe, the
 * benches fall back to the focused element (`focused()`), and say so in their output.
 */
import type { CDPSession, Page } from 'playwright-core';
import { focused, probe, waitUntil } from '../../e2e/support/app';
import { pressKey } from './keys';
import { currentRoute, goToRoute } from './session';

/** The channel list's own report. */
export interface ListProbe {
  focusedIndex: number;
  length: number;
  keysHandled: number;
}

/** The guide grid's own report. */
export interface GuideProbe {
  channelIndex: number;
  /** Absent on a "no information" cell. */
  focusedTitle?: string;
  /** Epoch ms; absent on a "no information" cell. */
  focusedStart?: number;
  /** Epoch ms at the grid's left edge. */
  windowStart: number;
  /** Cell components that exist. */
  cells: number;
}

/** How a bench reads the list it scrolls. */
export interface ChannelList {
  /** The list reports itself (`live.list`); false: only `focused()` is known. */
  probed: boolean;
  read(): Promise<ListProbe | undefined>;
}

const LIST_ROUTES = ['live/all', 'live'];

function readList(page: Page): Promise<ListProbe | undefined> {
  return probe<ListProbe>(page, 'live.list');
}

async function settle(page: Page, ms = 600): Promise<void> {
  await page.waitForTimeout(ms);
}

/**
 * Opens the list of all channels and gives it the focus. With the probe: waits for its rows, moves Right (from the
 * category column into the list) and checks that Down counts as a list key. Without it: waits for a focused row.
 */
export async function openChannelList(page: Page, cdp: CDPSession): Promise<ChannelList> {
  for (const route of LIST_ROUTES) {
    await goToRoute(page, route);
    const ready = await waitUntil(
      async () => ({ list: await readList(page), focus: await focused(page), route: await currentRoute(page) }),
      (s) => (s.list !== undefined && s.list.length > 0) || (/^live/.test(s.route) && /^Row\d+:/.test(s.focus)),
      `the channel list at #${route}`,
      180000,
    ).catch(() => undefined);
    if (!ready) continue;
    // A focused row can show before the page registers its probe (it does so once its lists are loaded).
    if (!ready.list) {
      ready.list = await waitUntil(
        () => readList(page),
        (list) => list !== undefined && list.length > 0,
        'the live.list probe',
        15000,
      ).catch(() => undefined);
    }
    if (!ready.list) return { probed: false, read: () => Promise.resolve(undefined) };
    await settle(page);
    // Right moves from the category column into the list, and does nothing in the list itself.
    const before = await readList(page);
    await pressKey(cdp, 'ArrowRight');
    await settle(page, 300);
    await pressKey(cdp, 'ArrowDown');
    await settle(page, 300);
    const after = await readList(page);
    if (!before || !after || after.keysHandled <= before.keysHandled) {
      throw new Error(`the channel list does not take Down (live.list: ${JSON.stringify(after)})`);
    }
    await pressKey(cdp, 'ArrowUp');
    await settle(page);
    return { probed: true, read: () => readList(page) };
  }
  throw new Error(`no channel list at ${LIST_ROUTES.map((r) => `#${r}`).join(' or ')}`);
}

/** How a bench reads the guide grid. */
export interface GuideGrid {
  probed: boolean;
  read(): Promise<GuideProbe | undefined>;
}

/** Opens the guide grid (`#guide`); undefined when the build has no guide. */
export async function openGuide(page: Page): Promise<GuideGrid | undefined> {
  await goToRoute(page, 'guide');
  const read = () => probe<GuideProbe>(page, 'guide');
  const ready = await waitUntil(
    async () => ({ grid: await read(), route: await currentRoute(page), focus: await focused(page) }),
    (s) => (s.grid !== undefined && s.grid.cells > 0) || (s.route === 'guide' && s.focus !== ''),
    'the guide grid',
    120000,
  ).catch(() => undefined);
  if (!ready || ready.route !== 'guide') return undefined;
  await settle(page, 1000);
  return { probed: ready.grid !== undefined, read };
}
