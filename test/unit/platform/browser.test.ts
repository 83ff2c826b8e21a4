import { detectPlatform, digitOf, toLightningKeys } from '../../../src/platform';
import { DESKTOP_UA, makeHost } from './fakes';

describe('browser platform', () => {
  const platform = detectPlatform(makeHost({ userAgent: DESKTOP_UA }));

  it('treats Backspace and Escape as Back and PageUp/PageDown as channel keys', () => {
    expect(platform.keyFor(8)).toBe('Back');
    expect(platform.keyFor(27)).toBe('Back');
    expect(platform.keyFor(33)).toBe('ChannelUp');
    expect(platform.keyFor(34)).toBe('ChannelDown');
  });

  it('puts the colour keys on F1–F4 and never on letters, which must type into fields', () => {
    expect([112, 113, 114, 115].map((c) => platform.keyFor(c))).toEqual(['Red', 'Green', 'Yellow', 'Blue']);
    for (let code = 65; code <= 90; code++) expect(platform.keyFor(code)).toBeUndefined();
  });

  it('maps the digit row to digit keys', () => {
    const key = platform.keyFor(55);
    expect(key).toBe('Digit7');
    expect(key && digitOf(key)).toBe(7);
    expect(digitOf('Enter')).toBeUndefined();
  });

  it('gives Lightning a keys option covering every mapped code', () => {
    const keys = toLightningKeys(platform.keyMap);
    expect(Object.keys(keys).length).toBe(Object.keys(platform.keyMap).length);
    expect(keys[13]).toBe('Enter');
  });

  it('closes the window on exit', () => {
    const host = makeHost({});
    detectPlatform(host).exit();
    expect(host.closed).toBe(1);
  });

  it('needs no key registration and reports the user agent and its engine', async () => {
    await expect(platform.registerKeys()).resolves.toEqual([]);
    await expect(platform.deviceInfo()).resolves.toEqual({
      platform: 'browser',
      engine: 'Chromium 156',
      userAgent: DESKTOP_UA,
    });
  });
});
