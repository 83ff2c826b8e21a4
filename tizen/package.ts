// `npm run package:tizen`: dist/<name>-<version>.wgt from dist/app/ (built first if missing) and config.xml, signed.
// TVPLAYER_DIST packages another build folder; TVPLAYER_PACKAGE_DIR writes the package elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { ensureProductionBuild, packageOutputDir, readProjectInfo, REPO_ROOT } from './shared/project';
import { chooseSigners, TEST_CERTIFICATE_WARNING } from './signing-setup';
import { buildWgt } from './wgt';

function main(): void {
  const { name, version } = readProjectInfo();
  const appDir = ensureProductionBuild();
  const configXml = fs.readFileSync(path.join(REPO_ROOT, 'config.xml'), 'utf8');
  const { signers, usingTestCertificates } = chooseSigners(REPO_ROOT, true);
  const outFile = path.join(packageOutputDir(), `${name}-${version}.wgt`);
  const result = buildWgt({ appDir, configXml, version }, outFile, signers);
  console.log(
    `Wrote ${path.relative(REPO_ROOT, result.file)} (${result.size} bytes, ${result.files.length} files), ` +
      `signed by author "${signers.author.subject}" and distributor "${signers.distributor.subject}".`,
  );
  if (usingTestCertificates) console.warn(TEST_CERTIFICATE_WARNING);
}

try {
  main();
} catch (error) {
  console.error(`package:tizen failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
