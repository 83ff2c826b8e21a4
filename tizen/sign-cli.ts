// `npm run sign:tizen -- <widget-folder> <out.wgt>`: signs any unpacked widget with the configured certificates.
import path from 'node:path';
import { REPO_ROOT } from './shared/project';
import { chooseSigners, TEST_CERTIFICATE_WARNING } from './signing-setup';
import { signWidgetFolder } from './wgt';

const USAGE = [
  'usage: npm run sign:tizen -- <widget-folder> <out.wgt> [--allow-test-certificate]',
  '  Signs an unpacked widget folder (it must hold config.xml) with the author and distributor',
  '  certificates configured by TIZEN_AUTHOR_P12/TIZEN_AUTHOR_PASSWORD and',
  '  TIZEN_DISTRIBUTOR_P12/TIZEN_DISTRIBUTOR_PASSWORD or signing.config.json (see tizen/README.md).',
  '  --allow-test-certificate signs with a throwaway test certificate when none is configured.',
].join('\n');

function main(args: string[]): void {
  const allowTest = args.includes('--allow-test-certificate');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  if (positional.length !== 2 || args.some((arg) => arg.startsWith('--') && arg !== '--allow-test-certificate')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const [widgetDir, outFile] = positional.map((arg) => path.resolve(arg));
  const { signers, usingTestCertificates } = chooseSigners(REPO_ROOT, allowTest);
  const result = signWidgetFolder(widgetDir, outFile, signers);
  console.log(
    `Wrote ${outFile} (${result.size} bytes, ${result.files.length} files), ` +
      `signed by author "${signers.author.subject}" and distributor "${signers.distributor.subject}".`,
  );
  if (usingTestCertificates) console.warn(TEST_CERTIFICATE_WARNING);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sign:tizen failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
