import type { Lightning } from '@lightningjs/sdk';
import { registerProbe } from '../testHook';

/** What a details page reports under `library.details`. */
export interface DetailsReport {
  kind: 'movie' | 'series';
  id: string;
  /** The title the page shows (empty before the title is known). */
  title: string;
  /** The title's text is drawn: its texture is rendered and the element is on screen. */
  drawn: boolean;
}

/** The parts of a Lightning element the probe reads; `texture` and `displayedTexture` are core's own. */
interface DrawnElement {
  active: boolean;
  texture: { isLoaded(): boolean } | null;
  displayedTexture: unknown;
}

/**
 * Whether a text element is on screen with its current text rendered: a changed text gets a new texture, which is
 * drawn (and shown) during the frame that loads it, so this turns true in the frame that first shows the text.
 */
export function textDrawn(element: Lightning.Element): boolean {
  const e = element as unknown as DrawnElement;
  return e.active && e.texture !== null && e.texture.isLoaded() && e.displayedTexture === e.texture;
}

/**
 * Lets benchmarks see when a details page first shows its title (text alone cannot say whether it is drawn yet).
 * Returns the unregister function; the page calls it when it goes inactive, so a report never outlives a visit.
 */
export function registerDetailsProbe(read: () => DetailsReport): () => void {
  return registerProbe('library.details', read);
}
