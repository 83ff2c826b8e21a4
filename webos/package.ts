// `npm run package:webos`: dist/<id>_<version>_all.ipk from dist/app/ (built first if missing) and webos/appinfo.json.
// TVPLAYER_DIST packages another build folder; TVPLAYER_PACKAGE_DIR writes the package elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { ensureProductionBuild, packageOutputDir, readProjectInfo, REPO_ROOT } from '../tizen/shared/project';
import { buildIpk } from './ipk';

function main(): void {
  const { version } = readProjectInfo();
  const appDir = ensureProductionBuild();
  const appInfoJson = fs.readFileSync(path.join(REPO_ROOT, 'webos', 'appinfo.json'), 'utf8');
  const result = buildIpk({ appDir, appInfoJson, version }, packageOutputDir());
  console.log(
    `Wrote ${path.relative(REPO_ROOT, result.file)} (${result.size} bytes) for ${result.appInfo.id} ${result.appInfo.version}.`,
  );
}

try {
  main();
} catch (error) {
  console.error(`package:webos failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
