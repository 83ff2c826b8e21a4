import { chromiumMajor, engineName } from '../../../src/platform/userAgent';
import { DESKTOP_UA, TIZEN_UA, WEBOS_UA } from './fakes';

describe('engine from the user agent', () => {
  it('reads the Chromium version of webOS and desktop user agents', () => {
    expect(chromiumMajor(WEBOS_UA)).toBe(79);
    expect(chromiumMajor(DESKTOP_UA)).toBe(156);
    expect(
      chromiumMajor('Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/538.2 QtWebEngine/5.2.1 Chrome/38.0.2125.122'),
    ).toBe(38);
  });

  it('reads the Samsung form that names only the version (Tizen 5.5 and later) and the older Chrome/ form', () => {
    expect(engineName(TIZEN_UA)).toBe('Chromium 76');
    expect(
      engineName(
        'Mozilla/5.0 (SMART-TV; Linux; Tizen 4.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/2.1 Chrome/56.0.2924.0 TV Safari/537.36',
      ),
    ).toBe('Chromium 56');
  });

  it('says nothing for engines it cannot name', () => {
    expect(
      engineName(
        'Mozilla/5.0 (SMART-TV; Linux; Tizen 2.4.0) AppleWebKit/538.1 (KHTML, like Gecko) Version/2.4.0 TV Safari/538.1',
      ),
    ).toBeUndefined();
  });
});
