// Builds a signed .wgt: lay out the widget, sign it (author, then distributor), zip it.
import fs from 'node:fs';
import path from 'node:path';
import { archiveTime, makeTempFolder, removeFolder } from './shared/project';
import { signWidget, WidgetSigners } from './sign/signer';
import { listWidgetFiles } from './sign/widget-files';
import { prepareWidgetFolder, WidgetSources } from './widget-folder';
import { zipFiles } from './zip';

/** What was written. */
export interface WgtResult {
  file: string;
  /** Size of the .wgt in bytes. */
  size: number;
  /** The files inside, widget-relative, signatures included. */
  files: string[];
}

function writeArchive(widgetDir: string, outFile: string, modified: Date): WgtResult {
  const files = listWidgetFiles(widgetDir);
  const archive = zipFiles(widgetDir, files, modified);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, archive);
  return { file: outFile, size: archive.length, files };
}

/**
 * Signs a copy of an unpacked widget folder and writes it as `outFile`; the folder itself is not
 * touched. Old signature files in it are replaced.
 */
export function signWidgetFolder(
  widgetDir: string,
  outFile: string,
  signers: WidgetSigners,
  modified = archiveTime(),
): WgtResult {
  if (!fs.existsSync(path.join(widgetDir, 'config.xml'))) {
    throw new Error(`${widgetDir} is not an unpacked widget: it has no config.xml`);
  }
  const workDir = makeTempFolder('tizen-sign');
  try {
    const copy = path.join(workDir, 'widget');
    fs.cpSync(widgetDir, copy, { recursive: true, verbatimSymlinks: true });
    signWidget(copy, signers);
    return writeArchive(copy, outFile, modified);
  } finally {
    removeFolder(workDir);
  }
}

/** Builds the signed TV package `outFile` from the production build and config.xml. */
export function buildWgt(
  sources: WidgetSources,
  outFile: string,
  signers: WidgetSigners,
  modified = archiveTime(),
): WgtResult {
  const workDir = makeTempFolder('tizen-wgt');
  try {
    const widgetDir = path.join(workDir, 'widget');
    prepareWidgetFolder(sources, widgetDir);
    signWidget(widgetDir, signers);
    return writeArchive(widgetDir, outFile, modified);
  } finally {
    removeFolder(workDir);
  }
}
