import { detectPlatform, detectPlatformKind } from '../../../src/platform';
import { DESKTOP_UA, FakeTizen, FakeWebOs, makeHost, STANDARD_REMOTE_KEYS, TIZEN_UA, WEBOS_UA } from './fakes';

describe('detectPlatform', () => {
  it('recognises a Tizen app by its tizen global', () => {
    const host = makeHost({ tizen: new FakeTizen(STANDARD_REMOTE_KEYS) });
    expect(detectPlatform(host).kind).toBe('tizen');
  });

  it('recognises Tizen by the user agent alone', () => {
    expect(detectPlatformKind(makeHost({ userAgent: TIZEN_UA }))).toBe('tizen');
  });

  it('recognises webOS by the webOS global, by PalmSystem and by "Web0S" in the user agent', () => {
    expect(detectPlatformKind(makeHost({ webOS: new FakeWebOs() }))).toBe('webos');
    expect(detectPlatformKind(makeHost({ PalmSystem: {} }))).toBe('webos');
    expect(detectPlatform(makeHost({ userAgent: WEBOS_UA })).kind).toBe('webos');
  });

  it('falls back to a desktop browser', () => {
    expect(detectPlatform(makeHost({ userAgent: DESKTOP_UA })).kind).toBe('browser');
  });

  it('copes with a host that has no navigator or document', () => {
    const platform = detectPlatform({});
    expect(platform.kind).toBe('browser');
    const unsubscribe = platform.onVisibilityChange(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
  });
});
