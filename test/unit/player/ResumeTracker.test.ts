import { EpisodeQueue, ResumeTracker, type PlaybackSource } from '../../../src/player';
import { Emitter } from '../../../src/player/emitter';
import type { PlayerListeners } from '../../../src/player';

afterEach(() => jest.useRealTimers());

function fakePlayer() {
  const events = new Emitter<PlayerListeners>();
  return { events, on: events.on.bind(events) as never };
}

describe('ResumeTracker', () => {
  it('saves a moving position every few seconds, not more often, and not a position it already saved', () => {
    jest.useFakeTimers();
    const saved: [number, number][] = [];
    const tracker = new ResumeTracker({ save: (p, d) => void saved.push([p, d]), intervalMs: 5000 });
    const player = fakePlayer();
    tracker.attach(player);
    player.events.emit('duration', 3600);
    for (let t = 20; t <= 32; t++) {
      player.events.emit('time', t + 0.4);
      jest.advanceTimersByTime(1000);
    }
    jest.advanceTimersByTime(10000);
    expect(saved).toEqual([
      [24, 3600],
      [29, 3600],
      [32, 3600],
    ]);
    tracker.dispose();
  });

  it('saves at once on pause, stop and dispose, and skips the first seconds', () => {
    jest.useFakeTimers();
    const saved: number[] = [];
    const tracker = new ResumeTracker({ save: (p) => void saved.push(p) });
    const player = fakePlayer();
    tracker.attach(player);
    player.events.emit('time', 4);
    player.events.emit('state', 'paused');
    player.events.emit('time', 61);
    player.events.emit('state', 'paused');
    player.events.emit('time', 75);
    player.events.emit('state', 'idle');
    player.events.emit('time', 80);
    tracker.dispose();
    expect(saved).toEqual([61, 75, 80]);
  });

  it('saves the end when the stream ends, and survives a failing store', () => {
    const saved: number[] = [];
    let fail = true;
    const tracker = new ResumeTracker({
      save: (p) => {
        if (fail) throw new Error('quota');
        saved.push(p);
      },
    });
    const player = fakePlayer();
    tracker.attach(player);
    player.events.emit('duration', 1500);
    player.events.emit('time', 100);
    expect(() => player.events.emit('state', 'paused')).not.toThrow();
    fail = false;
    player.events.emit('state', 'ended');
    tracker.dispose();
    expect(saved).toEqual([1500]);
  });
});

describe('EpisodeQueue', () => {
  const episode = (n: number): PlaybackSource => ({
    url: `http://p/series/u/p/${n}.mp4`,
    kind: 'episode',
    id: String(n),
  });

  it('yields the next episode and nothing after the last', () => {
    const queue = new EpisodeQueue([episode(1), episode(2), episode(3)], 1);
    expect(queue.current?.id).toBe('2');
    expect(queue.peek()?.id).toBe('3');
    expect(queue.next()?.id).toBe('3');
    expect(queue.next()).toBeUndefined();
  });

  it('loads the next episode into the player when one ends', () => {
    const loaded: string[] = [];
    const listeners: ((s: string) => void)[] = [];
    const player = {
      on: (_: 'state', l: (s: string) => void) => {
        listeners.push(l);
        return () => listeners.splice(listeners.indexOf(l), 1);
      },
      load: (s: PlaybackSource) => {
        loaded.push(s.id ?? '');
        return Promise.resolve();
      },
    };
    const queue = new EpisodeQueue([episode(1), episode(2)]);
    queue.attach(player as never);
    listeners.forEach((l) => l('playing'));
    listeners.forEach((l) => l('ended'));
    listeners.slice().forEach((l) => l('ended'));
    expect(loaded).toEqual(['2']);
    queue.detach();
    expect(listeners).toHaveLength(0);
  });
});
