import type { VisibilitySource } from './platform';

/** Old webOS engines (Chromium 38) fire only the prefixed event and set only `webkitHidden`. */
interface PrefixedVisibility extends VisibilitySource {
  readonly webkitHidden?: boolean;
}

/**
 * Subscribes to `visibilitychange` (and its `webkit` prefixed twin) on a document; returns the unsubscribe function.
 * The listener gets `true` when the app went to the background.
 */
export function watchVisibility(doc: VisibilitySource | undefined, listener: (hidden: boolean) => void): () => void {
  if (!doc) return () => undefined;
  const source = doc as PrefixedVisibility;
  let last: boolean | undefined;
  const handler = (): void => {
    const hidden = Boolean(source.hidden !== undefined ? source.hidden : source.webkitHidden);
    // Engines that fire both events would otherwise report each change twice.
    if (hidden === last) return;
    last = hidden;
    listener(hidden);
  };
  doc.addEventListener('visibilitychange', handler);
  doc.addEventListener('webkitvisibilitychange', handler);
  return () => {
    doc.removeEventListener('visibilitychange', handler);
    doc.removeEventListener('webkitvisibilitychange', handler);
  };
}
