import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pngSize } from '../../../tizen/shared/png';
import { SigningIdentity } from '../../../tizen/sign/p12';
import { TestCertificates } from '../../../tizen/sign/test-certificates';
import { WidgetFileError } from '../../../tizen/sign/widget-files';
import { loadSigners } from '../../../tizen/signing-setup';
import { buildWgt, signWidgetFolder } from '../../../tizen/wgt';
import { unzipInto } from './helpers/archives';
import { FAKE_APP_FILES, makeFakeApp, repositoryConfigXml } from './helpers/fake-app';
import { makeTestPki } from './helpers/pki';
import { requireTools, xmlsecVerify } from './helpers/tools';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SIGNATURES = ['author-signature.xml', 'signature1.xml'];

function referencedFiles(signature: string): string[] {
  return [...signature.matchAll(/<Reference URI="([^"#][^"]*)">/g)].map((match) => decodeURIComponent(match[1]));
}

describe('the signed Tizen package (.wgt)', () => {
  let pki: TestCertificates & { dir: string };
  let signers: { author: SigningIdentity; distributor: SigningIdentity };
  let work: string;
  let wgt: string;
  let entries: string[];
  let unpacked: string;

  /** Unpacks the package into a fresh folder, lets `tamper` change it, and verifies one signature there. */
  const verifyTampered = (
    signature: string,
    trusted: string,
    tamper: (dir: string) => void,
  ): ReturnType<typeof xmlsecVerify> => {
    const dir = fs.mkdtempSync(path.join(work, 'tampered-'));
    unzipInto(wgt, dir);
    tamper(dir);
    return xmlsecVerify(dir, signature, trusted);
  };

  beforeAll(() => {
    requireTools(['openssl', 'openssl'], ['xmlsec1', 'xmlsec1']);
    pki = makeTestPki();
    signers = loadSigners(pki);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'wgt-test-'));
    const appDir = makeFakeApp(path.join(work, 'dist-app'));
    wgt = path.join(work, 'out', 'tvplayer-3.4.5.wgt');
    buildWgt({ appDir, configXml: repositoryConfigXml(), version: '3.4.5' }, wgt, signers);
    unpacked = path.join(work, 'unpacked');
    entries = unzipInto(wgt, unpacked);
  }, 60_000);

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(pki.dir, { recursive: true, force: true });
  });

  it('holds the app, config.xml, the icon and both signatures, and nothing else', () => {
    expect([...entries].sort()).toEqual(
      [...Object.keys(FAKE_APP_FILES), 'config.xml', 'icon.png', ...SIGNATURES].sort(),
    );
  });

  it('verifies with xmlsec1: the author signature against the author root, the distributor signature against the distributor root', () => {
    const author = xmlsecVerify(unpacked, 'author-signature.xml', pki.author.rootCa);
    expect(author.output).toContain('SignedInfo References (ok/all): 8/8');
    expect(author.ok).toBe(true);
    const distributor = xmlsecVerify(unpacked, 'signature1.xml', pki.distributor.rootCa);
    expect(distributor.output).toContain('SignedInfo References (ok/all): 9/9');
    expect(distributor.ok).toBe(true);
  });

  it('does not verify against the wrong root', () => {
    expect(xmlsecVerify(unpacked, 'author-signature.xml', pki.distributor.rootCa).ok).toBe(false);
    expect(xmlsecVerify(unpacked, 'signature1.xml', pki.author.rootCa).ok).toBe(false);
  });

  it('references every file in the package, and the distributor signature also covers the author signature', () => {
    const files = entries.filter((entry) => !SIGNATURES.includes(entry)).sort();
    const author = referencedFiles(fs.readFileSync(path.join(unpacked, 'author-signature.xml'), 'utf8'));
    const distributor = referencedFiles(fs.readFileSync(path.join(unpacked, 'signature1.xml'), 'utf8'));
    expect(author).toEqual(files);
    expect(distributor).toEqual(['author-signature.xml', ...files].sort());
  });

  it('fails verification when a file was changed', () => {
    const result = verifyTampered('author-signature.xml', pki.author.rootCa, (dir) =>
      fs.appendFileSync(path.join(dir, 'app.js'), ';'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('data and digest do not match');
    expect(
      verifyTampered('signature1.xml', pki.distributor.rootCa, (dir) =>
        fs.appendFileSync(path.join(dir, 'img', 'my icon.png'), 'x'),
      ).ok,
    ).toBe(false);
  });

  it('fails verification when the signed block was changed', () => {
    const addBlankLine = (file: string) => (dir: string) => {
      const target = path.join(dir, file);
      fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('</SignedInfo>', '\n</SignedInfo>'));
    };
    const author = verifyTampered('author-signature.xml', pki.author.rootCa, addBlankLine('author-signature.xml'));
    expect(author.ok).toBe(false);
    expect(author.output).toContain('signature verification failed');
    expect(author.output).toContain('SignedInfo References (ok/all): 8/8'); // the files are intact; only the signed block changed
    expect(verifyTampered('signature1.xml', pki.distributor.rootCa, addBlankLine('signature1.xml')).ok).toBe(false);
  });

  it('fails the distributor verification when the author signature was changed', () => {
    const result = verifyTampered('signature1.xml', pki.distributor.rootCa, (dir) =>
      fs.appendFileSync(path.join(dir, 'author-signature.xml'), '\n'),
    );
    expect(result.ok).toBe(false);
  });

  it('fails verification when a file is missing', () => {
    const result = verifyTampered('author-signature.xml', pki.author.rootCa, (dir) =>
      fs.rmSync(path.join(dir, 'env.js')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('uri=env.js');
  });

  it('fails verification when the #prop object was changed', () => {
    const result = verifyTampered('author-signature.xml', pki.author.rootCa, (dir) => {
      const target = path.join(dir, 'author-signature.xml');
      fs.writeFileSync(
        target,
        fs
          .readFileSync(target, 'utf8')
          .replace('<dsp:Identifier></dsp:Identifier>', '<dsp:Identifier>x</dsp:Identifier>'),
      );
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('data and digest do not match');
  });

  it('stamps the version into config.xml and loads webapis.js before the app scripts', () => {
    expect(fs.readFileSync(path.join(unpacked, 'config.xml'), 'utf8')).toMatch(/<widget\b[^>]*\sversion="3\.4\.5"/);
    const html = fs.readFileSync(path.join(unpacked, 'index.html'), 'utf8');
    const webapis = html.indexOf('<script src="$WEBAPIS/webapis/webapis.js"></script>');
    expect(webapis).toBeGreaterThan(0);
    expect(webapis).toBeLessThan(html.indexOf('<script src=env.js>'));
    expect(webapis).toBeLessThan(html.indexOf('<script src=app.js>'));
  });

  it('ships a 512×512 PNG icon', () => {
    expect(pngSize(fs.readFileSync(path.join(unpacked, 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('gives the same bytes for the same build, certificates and time stamp', () => {
    const time = new Date('2024-01-02T03:04:05Z');
    const sources = { appDir: path.join(work, 'dist-app'), configXml: repositoryConfigXml(), version: '3.4.5' };
    const first = buildWgt(sources, path.join(work, 'again', 'a.wgt'), signers, time);
    const second = buildWgt(sources, path.join(work, 'again', 'b.wgt'), signers, time);
    expect(fs.readFileSync(first.file).equals(fs.readFileSync(second.file))).toBe(true);
  });

  it('refuses a build with a dotfile or a non-ASCII file name, naming it', () => {
    const appDir = makeFakeApp(path.join(work, 'dotted-app'));
    fs.writeFileSync(path.join(appDir, '.DS_Store'), '');
    const sources = { appDir, configXml: repositoryConfigXml(), version: '1.0.0' };
    expect(() => buildWgt(sources, path.join(work, 'x.wgt'), signers)).toThrow(WidgetFileError);
    fs.rmSync(path.join(appDir, '.DS_Store'));
    fs.writeFileSync(path.join(appDir, 'café.js'), '');
    expect(() => buildWgt(sources, path.join(work, 'x.wgt'), signers)).toThrow(
      '"café.js" has a name outside printable ASCII',
    );
  });

  it('re-signs an unpacked widget with `sign:tizen`, leaving the folder untouched', () => {
    const resigned = path.join(work, 'resigned.wgt');
    const before = fs.readFileSync(path.join(unpacked, 'author-signature.xml'), 'utf8');
    const cli = spawnSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(REPO_ROOT, 'tizen', 'sign-cli.ts'), unpacked, resigned],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          TIZEN_AUTHOR_P12: pki.author.p12,
          TIZEN_AUTHOR_PASSWORD: pki.author.password,
          TIZEN_DISTRIBUTOR_P12: pki.distributor.p12,
          TIZEN_DISTRIBUTOR_PASSWORD: pki.distributor.password,
        },
      },
    );
    expect(cli.stderr).not.toContain('sign:tizen failed');
    expect(cli.stderr).not.toContain('TEST certificate');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('signed by author "O=TV Player test, CN=TV Player Test Author"');
    expect(fs.readFileSync(path.join(unpacked, 'author-signature.xml'), 'utf8')).toBe(before);
    const dir = path.join(work, 'resigned');
    unzipInto(resigned, dir);
    expect(xmlsecVerify(dir, 'author-signature.xml', pki.author.rootCa).ok).toBe(true);
    expect(xmlsecVerify(dir, 'signature1.xml', pki.distributor.rootCa).ok).toBe(true);
  }, 60_000);

  it('explains how to call `sign:tizen` when the arguments are wrong', () => {
    const cli = spawnSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(REPO_ROOT, 'tizen', 'sign-cli.ts'), 'only-one-argument'],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('usage: npm run sign:tizen -- <widget-folder> <out.wgt>');
  }, 60_000);

  it('refuses to sign a folder that is not a widget', () => {
    expect(() => signWidgetFolder(path.join(work, 'dist-app'), path.join(work, 'y.wgt'), signers)).toThrow(
      'has no config.xml',
    );
  });
});
