import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkTvConfig } from '../../../tizen/config-xml';
import { ensureProductionBuild, packageOutputDir } from '../../../tizen/shared/project';
import { makeFakeApp, repositoryConfigXml } from './helpers/fake-app';

describe('which build the packagers take and where they write', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'packaging-project-'));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('packages the build folder TVPLAYER_DIST names, relative to the repository', () => {
    makeFakeApp(path.join(root, 'dist', 'mine'));
    makeFakeApp(path.join(root, 'dist', 'app'));
    expect(ensureProductionBuild(root, { TVPLAYER_DIST: 'dist/mine' })).toBe(path.join(root, 'dist', 'mine'));
    expect(ensureProductionBuild(root, {})).toBe(path.join(root, 'dist', 'app'));
  });

  it('refuses a TVPLAYER_DIST without a build instead of building into it', () => {
    fs.mkdirSync(path.join(root, 'dist', 'empty'), { recursive: true });
    expect(() => ensureProductionBuild(root, { TVPLAYER_DIST: 'dist/empty' })).toThrow('has no build');
  });

  it('writes packages to dist/ unless TVPLAYER_PACKAGE_DIR says otherwise', () => {
    expect(packageOutputDir(root, {})).toBe(path.join(root, 'dist'));
    expect(packageOutputDir(root, { TVPLAYER_PACKAGE_DIR: 'out/tv' })).toBe(path.join(root, 'out', 'tv'));
  });
});

describe('the privileges the platform layer relies on', () => {
  it('declares product info, which the device information reads model and firmware from', () => {
    const configXml = repositoryConfigXml();
    expect(() => checkTvConfig(configXml)).not.toThrow();
    const without = configXml.replace(
      /<tizen:privilege name="http:\/\/developer\.samsung\.com\/privilege\/productinfo"\/>/,
      '',
    );
    expect(() => checkTvConfig(without)).toThrow('the productinfo privilege');
  });
});
