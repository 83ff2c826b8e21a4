// Lays out an unpacked Tizen widget: the production build, config.xml, an index.html that loads webapis.js, the icon.
import fs from 'node:fs';
import path from 'node:path';
import { drawAppIcon } from './shared/artwork';
import { encodePng } from './shared/png';
import { checkTvConfig, stampWidgetVersion, widgetEntryFiles } from './config-xml';
import { injectWebapisScript } from './index-html';

/** Tizen Studio's TV templates use 117×117; 512×512 is also accepted and stays sharp on 4K home screens. */
export const TIZEN_ICON_SIZE = 512;

/** What goes into the widget folder. */
export interface WidgetSources {
  /** The production build (`dist/app/`). */
  appDir: string;
  /** The text of the repository's config.xml. */
  configXml: string;
  /** The package version (from package.json), stamped into config.xml. */
  version: string;
}

/**
 * Fills `widgetDir` (which must not exist yet) with the widget's files. The icon named by
 * config.xml is drawn unless the build already ships a file of that name.
 */
export function prepareWidgetFolder(sources: WidgetSources, widgetDir: string): void {
  checkTvConfig(sources.configXml);
  const { content, icon } = widgetEntryFiles(sources.configXml);
  if (!fs.existsSync(path.join(sources.appDir, content))) {
    throw new Error(`${sources.appDir} has no ${content}: build the app first (npm run build)`);
  }
  fs.cpSync(sources.appDir, widgetDir, { recursive: true, verbatimSymlinks: true });
  fs.writeFileSync(path.join(widgetDir, 'config.xml'), stampWidgetVersion(sources.configXml, sources.version));
  const indexFile = path.join(widgetDir, content);
  fs.writeFileSync(indexFile, injectWebapisScript(fs.readFileSync(indexFile, 'utf8')));
  const iconFile = path.join(widgetDir, icon);
  if (!fs.existsSync(iconFile)) {
    fs.mkdirSync(path.dirname(iconFile), { recursive: true });
    fs.writeFileSync(iconFile, encodePng(drawAppIcon(TIZEN_ICON_SIZE)));
  }
}
