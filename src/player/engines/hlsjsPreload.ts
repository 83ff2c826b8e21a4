import Hls, {
  type HlsConfig,
  type Loader,
  type LoaderCallbacks,
  type LoaderConfiguration,
  type LoaderContext,
} from 'hls.js';
import type { Preloaded } from './Engine';

type LoaderClass = new (config: HlsConfig) => Loader<LoaderContext>;

/**
 * An hls.js playlist loader that answers the first request for the prefetched playlist from memory (the rest goes
 * to the network as usual), so a channel change starts with the segment download.
 */
export function preloadedPlaylistLoader(preloaded: Preloaded): LoaderClass {
  const Base = Hls.DefaultConfig.loader as unknown as LoaderClass;
  let served = false;
  return class PreloadedPlaylistLoader extends Base {
    override load(
      context: LoaderContext,
      config: LoaderConfiguration,
      callbacks: LoaderCallbacks<LoaderContext>,
    ): void {
      if (served || context.url !== preloaded.url) {
        super.load(context, config, callbacks);
        return;
      }
      served = true;
      const stats = this.stats;
      const now = performance.now();
      stats.loading.start = stats.loading.first = stats.loading.end = now;
      stats.loaded = stats.total = preloaded.text.length;
      // Asynchronous like a real load, so hls.js sees the usual order of events.
      setTimeout(() => {
        if (!stats.aborted) callbacks.onSuccess({ url: preloaded.url, data: preloaded.text }, stats, context, null);
      }, 0);
    }
  };
}
