import { checkTvConfig, ConfigXmlError, stampWidgetVersion, widgetEntryFiles } from '../../../tizen/config-xml';
import { injectWebapisScript, WEBAPIS_SCRIPT } from '../../../tizen/index-html';
import { repositoryConfigXml } from './helpers/fake-app';

describe("the Tizen widget's config.xml", () => {
  const configXml = repositoryConfigXml();

  it('has everything a TV package needs: TV profile, privileges, access, hardware keys, an application id', () => {
    expect(() => checkTvConfig(configXml)).not.toThrow();
    expect(widgetEntryFiles(configXml)).toEqual({ content: 'index.html', icon: 'icon.png' });
  });

  it('stamps the package version on the <widget> element only', () => {
    const stamped = stampWidgetVersion(configXml, '2.5.1234');
    expect(stamped).toMatch(/<widget\b[^>]*\sversion="2\.5\.1234"/);
    expect(stamped).toContain('<?xml version="1.0" encoding="UTF-8"?>');
    expect(stamped.replace('version="2.5.1234"', '')).toBe(
      configXml.replace(/(<widget\b[^>]*?)\sversion="[^"]*"/, '$1 '),
    );
  });

  it('refuses versions Tizen cannot install', () => {
    expect(() => stampWidgetVersion(configXml, '1.0.0-beta.1')).toThrow(ConfigXmlError);
    expect(() => stampWidgetVersion(configXml, '256.0.0')).toThrow('not a Tizen version');
    expect(() => stampWidgetVersion(configXml, '1.2.65535')).not.toThrow();
  });

  it('names what a config.xml lacks', () => {
    const withoutAvplay = configXml.replace(
      /<tizen:privilege name="http:\/\/developer\.samsung\.com\/privilege\/avplay"\/>/,
      '',
    );
    expect(() => checkTvConfig(withoutAvplay)).toThrow('config.xml lacks the AVPlay privilege');
    const withoutKeys = configXml.replace('hwkey-event="enable"', 'hwkey-event="disable"');
    expect(() => checkTvConfig(withoutKeys)).toThrow('hardware-key events');
  });
});

describe('the packaged index.html', () => {
  it("loads webapis.js before the app's first script", () => {
    const html =
      '<html><head><title>x</title><script src=env.js></script></head><body><script src=app.js></script></body></html>';
    const injected = injectWebapisScript(html);
    expect(injected).toBe(
      `<html><head><title>x</title>${WEBAPIS_SCRIPT}<script src=env.js></script></head><body><script src=app.js></script></body></html>`,
    );
    expect(injectWebapisScript(injected)).toBe(injected);
  });

  it('puts it at the end of <head> when the page has no script yet', () => {
    expect(injectWebapisScript('<html><head></head><body></body></html>')).toBe(
      `<html><head>${WEBAPIS_SCRIPT}</head><body></body></html>`,
    );
  });
});
