/**
 * LG's native media pipeline for a real page (the packaged-app smoke tests in Chromium): every `<video>` plays its
 * `src` or `<source>` from a {@link FakeMediaNetwork} instead of decoding it, following the same documented rules as
 * {@link FakeWebOsVideo} (research: tv-platforms.md §3.6): the pipeline opens the URL shortly after `load()`, a
 * `mediaId` appears a little later, a live stream reports `duration` Infinity and its playhead moves on timers, a
 * refused or unknown URL fails the `<source>` (an `error` event on it, `video.error` stays null). Desktop Chromium
 * cannot decode raw MPEG-TS, which LG's pipeline plays, hence the stand-in.
 *
 * Installed by patching `HTMLMediaElement.prototype`, so the app's own `document.createElement('video')` gets it.
 */
import type { FakeMediaNetwork, FakeStream } from './mediaNetwork';

/** What a test reads back: every URL a `<video>` opened, in order, and the ones playing now. */
export interface WebOsPipelineRecord {
  opened: string[];
  playing(): string[];
}

interface PipelineState {
  url?: string;
  stream?: FakeStream;
  currentTime: number;
  duration: number;
  paused: boolean;
  readyState: number;
  wantPlay: boolean;
  mediaId?: string;
  timers: number[];
  clock?: number;
}

/** Replaces the media element's pipeline on `win` with the fake one; returns what it records. */
export function installWebOsPagePipeline(
  win: Window & typeof globalThis,
  network: FakeMediaNetwork,
): WebOsPipelineRecord {
  const proto = win.HTMLMediaElement.prototype;
  const states = new WeakMap<HTMLMediaElement, PipelineState>();
  const live = new Set<HTMLMediaElement>();
  const record: WebOsPipelineRecord = {
    opened: [],
    playing: () => Array.from(live).map((element) => stateOf(element).url as string),
  };
  let nextMediaId = 1;

  function stateOf(element: HTMLMediaElement): PipelineState {
    let state = states.get(element);
    if (!state) {
      state = { currentTime: 0, duration: NaN, paused: true, readyState: 0, wantPlay: false, timers: [] };
      states.set(element, state);
    }
    return state;
  }

  function fire(element: EventTarget, ...types: string[]): void {
    types.forEach((type) => element.dispatchEvent(new win.Event(type)));
  }

  function halt(element: HTMLMediaElement): void {
    const state = stateOf(element);
    state.timers.forEach((timer) => win.clearTimeout(timer));
    state.timers = [];
    if (state.clock !== undefined) win.clearInterval(state.clock);
    state.clock = undefined;
    live.delete(element);
    if (state.url && state.readyState > 0) network.disconnect(state.url);
  }

  function later(element: HTMLMediaElement, ms: number, action: () => void): void {
    const state = stateOf(element);
    const timer = win.setTimeout(() => {
      state.timers = state.timers.filter((t) => t !== timer);
      action();
    }, ms);
    state.timers.push(timer);
  }

  function startClock(element: HTMLMediaElement): void {
    const state = stateOf(element);
    state.paused = false;
    live.add(element);
    fire(element, 'play', 'playing');
    state.clock = win.setInterval(() => {
      state.currentTime += 0.25;
      fire(element, 'timeupdate');
    }, 250);
  }

  function open(element: HTMLMediaElement, source: HTMLSourceElement | null): void {
    const state = stateOf(element);
    const stream = state.stream as FakeStream;
    if (stream.hang) return;
    if (stream.status !== undefined || stream.unsupported || network.isDown(state.url as string)) {
      if (source) fire(source, 'error');
      return;
    }
    network.connect(state.url as string);
    state.duration = stream.kind === 'live' ? Infinity : (stream.durationMs ?? 0) / 1000;
    state.readyState = 4;
    fire(element, 'loadedmetadata', 'durationchange', 'canplay');
    if (state.wantPlay) startClock(element);
  }

  const getters: Record<string, (state: PipelineState) => unknown> = {
    currentTime: (s) => s.currentTime,
    duration: (s) => s.duration,
    paused: (s) => s.paused,
    readyState: (s) => s.readyState,
    error: () => null,
    currentSrc: (s) => s.url ?? '',
  };
  Object.keys(getters).forEach((name) => {
    const setter =
      name === 'currentTime'
        ? function (this: HTMLMediaElement, value: number): void {
            stateOf(this).currentTime = value;
          }
        : undefined;
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: HTMLMediaElement) {
        return getters[name](stateOf(this));
      },
      set: setter,
    });
  });
  Object.defineProperty(proto, 'mediaId', {
    configurable: true,
    get(this: HTMLMediaElement) {
      return stateOf(this).mediaId;
    },
  });
  // The page's own engine must not load `<source>` children: the URL is kept out of the real `src` attribute, and
  // the `error` the engine then raises natively (a source without src) is hidden from listeners; only the
  // pipeline's own (untrusted) events reach them.
  const sourceProto = win.HTMLSourceElement.prototype;
  Object.defineProperty(sourceProto, 'src', {
    configurable: true,
    get(this: HTMLSourceElement) {
      return this.getAttribute('data-pipeline-src') || '';
    },
    set(this: HTMLSourceElement, value: string) {
      this.setAttribute('data-pipeline-src', String(value));
    },
  });
  const wrapped = new WeakMap<object, EventListener>();
  const nativeAdd = sourceProto.addEventListener;
  const nativeRemove = sourceProto.removeEventListener;
  sourceProto.addEventListener = function (
    this: HTMLSourceElement,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (type !== 'error' || typeof listener !== 'function') {
      return nativeAdd.call(this, type, listener as EventListenerOrEventListenerObject, options);
    }
    const filtered: EventListener = (event) => {
      if (!event.isTrusted) listener.call(this, event);
    };
    wrapped.set(listener, filtered);
    nativeAdd.call(this, type, filtered, options);
  };
  sourceProto.removeEventListener = function (
    this: HTMLSourceElement,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    const filtered = listener && wrapped.get(listener);
    nativeRemove.call(this, type, (filtered || listener) as EventListenerOrEventListenerObject, options);
  };
  proto.load = function (this: HTMLMediaElement): void {
    halt(this);
    const state = stateOf(this);
    const source = this.querySelector('source');
    const url = this.getAttribute('src') || (source ? source.src : '');
    Object.assign(state, { currentTime: 0, duration: NaN, paused: true, readyState: 0, mediaId: undefined });
    state.url = url || undefined;
    if (!state.url) return;
    record.opened.push(state.url);
    state.stream = network.lookup(state.url);
    later(this, 100, () => open(this, source));
    // The pipeline id comes a little after the source (§3.6).
    later(this, 200, () => (state.mediaId = `media-${nextMediaId++}`));
  };
  proto.play = function (this: HTMLMediaElement): Promise<void> {
    const state = stateOf(this);
    state.wantPlay = true;
    if (state.readyState >= 3 && state.paused) startClock(this);
    return Promise.resolve();
  };
  proto.pause = function (this: HTMLMediaElement): void {
    const state = stateOf(this);
    state.wantPlay = false;
    if (state.paused) return;
    state.paused = true;
    if (state.clock !== undefined) win.clearInterval(state.clock);
    state.clock = undefined;
    live.delete(this);
    fire(this, 'pause');
  };
  proto.removeAttribute = function (this: HTMLMediaElement, name: string): void {
    // Removing `src` and calling load() is how players let go of a stream.
    if (name === 'src') halt(this);
    win.Element.prototype.removeAttribute.call(this, name);
  };
  return record;
}
