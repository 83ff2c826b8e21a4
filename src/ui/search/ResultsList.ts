import { VirtualList } from '../components/VirtualList';
import { groupStart, hitIndexFrom } from './groupNavigation';
import type { SearchEntry } from './resultEntries';

/**
 * The search results: a {@link VirtualList} of headings and hits where the focus only rests on hits (a heading
 * reached by Up/Down scrolls into view and the focus moves on past it), and the channel keys jump to the previous
 * or next group instead of a page.
 */
export class ResultsList extends VirtualList<SearchEntry> {
  private entries: readonly SearchEntry[] = [];
  private last = 0;

  /** Shows `entries`, focusing the hit at `focus` (the first hit by default), its group's heading in view. */
  showEntries(entries: readonly SearchEntry[], focus?: number): void {
    this.entries = entries;
    const first = Math.max(0, hitIndexFrom(entries, 0, 1));
    const at = focus === undefined ? first : Math.max(first, hitIndexFrom(entries, focus, 1));
    this.last = at;
    this.setItems(entries, first);
    if (at !== first) super.focusOn(at);
  }

  /** The focused hit, if any. */
  get focusedEntry(): SearchEntry | undefined {
    return this.entries[this.focusedIndex];
  }

  override focusOn(index: number): void {
    super.focusOn(index);
    const at = this.focusedIndex;
    const entry = this.entries[at];
    if (!entry || entry.type === 'hit') {
      this.last = at;
      return;
    }
    // A heading: shown (just focused, so scrolled into view), then the focus goes on to the nearest hit that way.
    const direction: 1 | -1 = at >= this.last ? 1 : -1;
    let next = hitIndexFrom(this.entries, at + direction, direction);
    if (next < 0) next = hitIndexFrom(this.entries, at - direction, -direction as 1 | -1);
    this.last = next;
    if (next >= 0) super.focusOn(next);
  }

  override _handleUp(event?: { repeat?: boolean }): boolean | void {
    // Above the first hit there is only its heading: Up is left to the page.
    if (hitIndexFrom(this.entries, this.focusedIndex - 1, -1) < 0) return false;
    return super._handleUp(event);
  }

  override _handleChannelUp(): void {
    const start = groupStart(this.entries, this.focusedIndex, -1);
    if (start >= 0) this.jump(start);
  }

  override _handleChannelDown(): void {
    const start = groupStart(this.entries, this.focusedIndex, 1);
    if (start >= 0) this.jump(start);
  }

  /** To the first hit of a group, its heading at the top of the list (as far as the list reaches). */
  private jump(hit: number): void {
    this.last = hit;
    super.focusOn(Math.min(this.length - 1, hit + this.pageRows - 2));
    super.focusOn(hit - 1);
    super.focusOn(hit);
  }
}
