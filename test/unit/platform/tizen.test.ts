import { detectPlatform, toLightningKeys } from '../../../src/platform';
import { tizenKeyMap, TIZEN_REGISTERED_KEYS } from '../../../src/platform/tizen';
import {
  FakeDocument,
  FakeProductInfo,
  FakeTizen,
  makeHost,
  SMART_REMOTE_KEYS,
  STANDARD_REMOTE_KEYS,
  TIZEN_UA,
} from './fakes';

describe('Tizen platform', () => {
  it('maps the Samsung remote codes to logical keys', () => {
    const platform = detectPlatform(makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS), userAgent: TIZEN_UA }));
    expect(platform.keyFor(10009)).toBe('Back');
    expect(platform.keyFor(427)).toBe('ChannelUp');
    expect(platform.keyFor(428)).toBe('ChannelDown');
    expect(platform.keyFor(10252)).toBe('PlayPause');
    expect([403, 404, 405, 406].map((c) => platform.keyFor(c))).toEqual(['Red', 'Green', 'Yellow', 'Blue']);
    expect(platform.keyFor(53)).toBe('Digit5');
    expect(platform.keyFor(457)).toBe('Info');
    expect(platform.keyFor(458)).toBe('Guide');
    expect(platform.keyFor(10073)).toBe('ChannelList');
    expect(platform.keyFor(10190)).toBe('PreviousChannel');
    expect([37, 38, 39, 40, 13].map((c) => platform.keyFor(c))).toEqual(['Left', 'Up', 'Right', 'Down', 'Enter']);
  });

  it('registers exactly the supported keys it needs, in one batch, and never the mandatory ones', async () => {
    const tizen = new FakeTizen(STANDARD_REMOTE_KEYS);
    const registered = await detectPlatform(makeHost({ tizen })).registerKeys();
    expect(tizen.batchCalls).toHaveLength(1);
    expect(registered.sort()).toEqual(TIZEN_REGISTERED_KEYS.map((k) => k.name).sort());
    expect([...tizen.registered].sort()).toEqual(registered.sort());
    expect(tizen.registered.has('Exit')).toBe(false);
    expect(tizen.registered.has('Back')).toBe(false);
  });

  it('leaves out keys a Smart Remote lacks, so the batch is not refused', async () => {
    const tizen = new FakeTizen(SMART_REMOTE_KEYS);
    const registered = await detectPlatform(makeHost({ tizen })).registerKeys();
    expect(registered).toContain('ChannelUp');
    expect(registered).not.toContain('ColorF0Red');
    expect(registered).not.toContain('1');
    expect(tizen.registered.size).toBe(registered.length);
  });

  it('uses the key codes the device reports when they differ from the documented ones', () => {
    const map = tizenKeyMap(new Map([['ChannelUp', 1427]]));
    expect(map[1427]).toBe('ChannelUp');
    expect(map[428]).toBe('ChannelDown');
  });

  it('hands Lightning a key map that calls _handleBack and _handleChannelUp', () => {
    const platform = detectPlatform(makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS) }));
    const keys = toLightningKeys(platform.keyMap);
    expect(keys[10009]).toBe('Back');
    expect(keys[427]).toBe('ChannelUp');
  });

  it('exits through the current application', () => {
    const tizen = new FakeTizen(STANDARD_REMOTE_KEYS);
    const host = makeHost({ tizen });
    detectPlatform(host).exit();
    expect(tizen.exited).toBe(1);
    expect(host.closed).toBe(0);
  });

  it('reports the Tizen version and the model from the product API', async () => {
    const host = makeHost({
      tizen: new FakeTizen(STANDARD_REMOTE_KEYS),
      userAgent: TIZEN_UA,
      webapis: { productinfo: { getRealModel: () => 'UE55TU7000' } },
    });
    await expect(detectPlatform(host).deviceInfo()).resolves.toMatchObject({
      platform: 'tizen',
      osVersion: '6.0',
      model: 'UE55TU7000',
    });
  });

  it('tells about going to the background and back, once per change', () => {
    const document = new FakeDocument();
    const platform = detectPlatform(makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS), document }));
    const seen: boolean[] = [];
    const unsubscribe = platform.onVisibilityChange((hidden) => seen.push(hidden));
    document.setHidden(true);
    document.setHidden(false);
    unsubscribe();
    document.setHidden(true);
    expect(seen).toEqual([true, false]);
    expect(document.listenerCount()).toBe(0);
  });
});

describe('Tizen device information', () => {
  it('reads model, firmware, platform version, memory and engine from the vendor APIs', async () => {
    const host = makeHost({
      tizen: new FakeTizen(STANDARD_REMOTE_KEYS, { totalMemoryBytes: 1536 * 1024 * 1024, platformVersion: '6.0.1' }),
      userAgent: TIZEN_UA,
      webapis: { productinfo: new FakeProductInfo('QE65Q80T', 'T-NKM2AKUC-2000.1') },
    });
    await expect(detectPlatform(host).deviceInfo()).resolves.toEqual({
      platform: 'tizen',
      model: 'QE65Q80T',
      firmware: 'T-NKM2AKUC-2000.1',
      osVersion: '6.0.1',
      totalMemoryMb: 1536,
      engine: 'Chromium 76',
      userAgent: TIZEN_UA,
    });
  });

  it('falls back to the user agent and leaves out what a TV without the privileges cannot tell', async () => {
    const host = makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS, {}), userAgent: TIZEN_UA });
    const info = await detectPlatform(host).deviceInfo();
    expect(info.osVersion).toBe('6.0');
    expect(info.model).toBeUndefined();
    expect(info.totalMemoryMb).toBeUndefined();
    expect(info.firmware).toBeUndefined();
  });

  it('never fires relaunch events (the system shows a relaunched app itself)', () => {
    const document = new FakeDocument();
    const platform = detectPlatform(makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS), document }));
    const seen: unknown[] = [];
    platform.onRelaunch((params) => seen.push(params));
    document.fire('webOSRelaunch', { x: 1 });
    expect(seen).toEqual([]);
  });
});
