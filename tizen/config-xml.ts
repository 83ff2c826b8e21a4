// Checks the Tizen widget manifest (config.xml) and stamps the package version into it.
/** A config.xml that is not fit for a TV package. */
export class ConfigXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigXmlError';
  }
}

const TIZEN_VERSION = /^(\d{1,3})\.(\d{1,3})\.(\d{1,5})$/;

/** Tizen accepts versions `{0-255}.{0-255}.{0-65535}` only; throws otherwise. */
export function checkTizenVersion(version: string): void {
  const parts = TIZEN_VERSION.exec(version);
  if (!parts || Number(parts[1]) > 255 || Number(parts[2]) > 255 || Number(parts[3]) > 65535) {
    throw new ConfigXmlError(`Version "${version}" is not a Tizen version (major.minor.patch, at most 255.255.65535)`);
  }
}

/** Returns config.xml with the `<widget>` element's `version` attribute set to `version`. */
export function stampWidgetVersion(configXml: string, version: string): string {
  checkTizenVersion(version);
  const widgetTag = /<widget\b[^>]*>/.exec(configXml);
  if (!widgetTag) throw new ConfigXmlError('config.xml has no <widget> element');
  const tag = widgetTag[0];
  const stamped = /\sversion="[^"]*"/.test(tag)
    ? tag.replace(/(\s)version="[^"]*"/, `$1version="${version}"`)
    : tag.replace(/^<widget\b/, `<widget version="${version}"`);
  return configXml.slice(0, widgetTag.index) + stamped + configXml.slice(widgetTag.index + tag.length);
}

function attributeOf(configXml: string, element: string, attribute: string): string | undefined {
  const tag = new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`).exec(configXml);
  return tag?.[1];
}

/** The widget's start page and icon, as config.xml names them. */
export interface WidgetEntryFiles {
  content: string;
  icon: string;
}

/** Reads `<content src>` and `<icon src>` from config.xml. */
export function widgetEntryFiles(configXml: string): WidgetEntryFiles {
  const content = attributeOf(configXml, 'content', 'src');
  const icon = attributeOf(configXml, 'icon', 'src');
  if (!content || !icon) throw new ConfigXmlError('config.xml needs <content src="…"/> and <icon src="…"/>');
  return { content, icon };
}

const REQUIRED_FOR_TV: ReadonlyArray<[string, RegExp]> = [
  ['the TV profile <tizen:profile name="tv"/>', /<tizen:profile\s+name="tv"/],
  ['the internet privilege', /<tizen:privilege\s+name="http:\/\/tizen\.org\/privilege\/internet"/],
  ['the tv.inputdevice privilege', /<tizen:privilege\s+name="http:\/\/tizen\.org\/privilege\/tv\.inputdevice"/],
  ['the AVPlay privilege', /<tizen:privilege\s+name="http:\/\/developer\.samsung\.com\/privilege\/avplay"/],
  [
    'the productinfo privilege (model and firmware for the device information)',
    /<tizen:privilege\s+name="http:\/\/developer\.samsung\.com\/privilege\/productinfo"/,
  ],
  ['<access origin="*">', /<access\s[^>]*origin="\*"/],
  ['hardware-key events (hwkey-event="enable")', /<tizen:setting\s[^>]*hwkey-event="enable"/],
  [
    '<tizen:application id="<10-character package>.<name>">',
    /<tizen:application\b[^>]*\sid="[0-9A-Za-z]{10}\.[0-9A-Za-z]+"/,
  ],
  ['<tizen:application package="<10 characters>">', /<tizen:application\b[^>]*\spackage="[0-9A-Za-z]{10}"/],
];

/** Throws a ConfigXmlError listing what a TV package needs but config.xml lacks. */
export function checkTvConfig(configXml: string): void {
  const missing = REQUIRED_FOR_TV.filter(([, pattern]) => !pattern.test(configXml)).map(([what]) => what);
  if (missing.length > 0) throw new ConfigXmlError(`config.xml lacks ${missing.join(', ')}`);
  widgetEntryFiles(configXml);
}
