import { Router } from '@lightningjs/sdk';
import type { LiveChannels } from './LiveChannels';

/**
 * Back from the full-screen player: to the Live TV page the viewer came from (its history entry, so that page
 * restores itself), else to the channel list of the category being zapped, without keeping the player in the
 * history. The player keeps playing: the Live TV page shows the stream in its preview window.
 */
export function leaveToLiveTv(categoryId: string): void {
  const history = Router.getHistory();
  const last = history[history.length - 1];
  if (last && /^(live|guide|home|search)(\/|$)/.test(last.hash)) Router.back();
  else Router.navigate(`live/${encodeURIComponent(categoryId)}`, {}, false);
}

/** What the page reports as the `player.live` probe, for browser tests (plain data). */
export function liveProbe(
  live: LiveChannels,
  page: { state: string; osdVisible: boolean; overlay: string; digits: string },
): Record<string, unknown> {
  const current = live.current;
  return {
    channelId: current ? current.id : null,
    channelNumber: live.currentNumber ?? null,
    channelName: current ? current.name : null,
    index: live.index,
    count: live.channels.length,
    ...page,
  };
}
