import { detectPlatform } from '../../../src/platform';
import { FakeDocument, FakePalmSystem, FakeWebOs, makeHost, WEBOS_UA } from './fakes';

describe('webOS platform', () => {
  it('maps the LG remote codes to logical keys', () => {
    const platform = detectPlatform(makeHost({ webOS: new FakeWebOs(), userAgent: WEBOS_UA }));
    expect(platform.keyFor(461)).toBe('Back');
    expect([403, 404, 405, 406].map((c) => platform.keyFor(c))).toEqual(['Red', 'Green', 'Yellow', 'Blue']);
    expect(platform.keyFor(415)).toBe('Play');
    expect(platform.keyFor(19)).toBe('Pause');
    expect(platform.keyFor(413)).toBe('Stop');
    expect(platform.keyFor(417)).toBe('FastForward');
    expect(platform.keyFor(412)).toBe('Rewind');
    expect(platform.keyFor(33)).toBe('ChannelUp');
    expect(platform.keyFor(34)).toBe('ChannelDown');
    expect(platform.keyFor(48)).toBe('Digit0');
    expect(platform.keyFor(8)).toBeUndefined();
  });

  it('needs no key registration', async () => {
    await expect(detectPlatform(makeHost({ webOS: new FakeWebOs() })).registerKeys()).resolves.toEqual([]);
  });

  it('leaves through platformBack() so the system shows Home or its exit prompt', () => {
    const webOS = new FakeWebOs();
    const host = makeHost({ webOS });
    detectPlatform(host).exit();
    expect(webOS.platformBackCalls).toBe(1);
    expect(host.closed).toBe(0);
  });

  it('closes the window when webOSTV.js is not loaded', () => {
    const host = makeHost({ userAgent: WEBOS_UA });
    detectPlatform(host).exit();
    expect(host.closed).toBe(1);
  });

  it('reports the model and SDK version from webOS.deviceInfo', async () => {
    const host = makeHost({
      webOS: new FakeWebOs({ modelName: 'OLED65G2', sdkVersion: '7.1.0' }),
      userAgent: WEBOS_UA,
    });
    await expect(detectPlatform(host).deviceInfo()).resolves.toMatchObject({
      platform: 'webos',
      model: 'OLED65G2',
      osVersion: '7.1.0',
    });
  });
});

describe('webOS lifecycle and device information', () => {
  it('reports firmware and engine besides model and SDK version, and no memory size', async () => {
    const host = makeHost({
      webOS: new FakeWebOs({ modelName: 'OLED55C1', sdkVersion: '6.3.0', version: '03.21.30' }),
      userAgent: WEBOS_UA,
    });
    const info = await detectPlatform(host).deviceInfo();
    expect(info).toMatchObject({ model: 'OLED55C1', osVersion: '6.3.0', firmware: '03.21.30', engine: 'Chromium 79' });
    expect(info.totalMemoryMb).toBeUndefined();
  });

  it('falls back to the engine alone when webOSTV.js is missing', async () => {
    const info = await detectPlatform(makeHost({ userAgent: WEBOS_UA })).deviceInfo();
    expect(info).toEqual({ platform: 'webos', engine: 'Chromium 79', userAgent: WEBOS_UA });
  });

  it('passes a relaunch and its parameters on, and comes to the front through PalmSystem', () => {
    const document = new FakeDocument();
    const palm = new FakePalmSystem();
    const platform = detectPlatform(makeHost({ webOS: new FakeWebOs(), PalmSystem: palm, document }));
    const seen: Record<string, unknown>[] = [];
    const unsubscribe = platform.onRelaunch((params) => {
      seen.push(params);
      platform.activate();
    });
    document.fire('webOSRelaunch', { contentTarget: 'channel-7' });
    document.fire('webOSRelaunch');
    unsubscribe();
    document.fire('webOSRelaunch', { contentTarget: 'late' });
    expect(seen).toEqual([{ contentTarget: 'channel-7' }, {}]);
    expect(palm.activations).toBe(2);
    expect(document.listenerCount()).toBe(0);
  });
});
