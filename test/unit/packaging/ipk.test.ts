import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pngSize } from '../../../tizen/shared/png';
import { AppInfoError, parseAppInfo, withVersion } from '../../../webos/appinfo';
import { buildIpk, IpkResult } from '../../../webos/ipk';
import { readAr, readTarGz, TarEntry } from './helpers/archives';
import { FAKE_APP_FILES, makeFakeApp, repositoryAppInfoJson } from './helpers/fake-app';

describe('the webOS package (.ipk)', () => {
  let work: string;
  let result: IpkResult;
  let members: ReturnType<typeof readAr>;
  let data: TarEntry[];
  const appInfo = parseAppInfo(repositoryAppInfoJson());
  const appRoot = `usr/palm/applications/${appInfo.id}/`;

  const fileIn = (name: string): Buffer => {
    const entry = data.find((candidate) => candidate.name === name && candidate.type === '0');
    if (!entry) throw new Error(`${name} is not in data.tar.gz`);
    return entry.data;
  };

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ipk-test-'));
    const appDir = makeFakeApp(path.join(work, 'dist-app'));
    result = buildIpk({ appDir, appInfoJson: repositoryAppInfoJson(), version: '3.4.5' }, path.join(work, 'out'));
    members = readAr(fs.readFileSync(result.file));
    data = readTarGz(members[2].data);
  }, 60_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('is named <id>_<version>_all.ipk with the version from package.json', () => {
    expect(path.basename(result.file)).toBe(`${appInfo.id}_3.4.5_all.ipk`);
    expect(result.size).toBe(fs.statSync(result.file).size);
  });

  it('is an ar archive of debian-binary, control.tar.gz and data.tar.gz, in that order', () => {
    expect(members.map((member) => member.name)).toEqual(['debian-binary', 'control.tar.gz', 'data.tar.gz']);
    expect(members[0].data.toString('ascii')).toBe('2.0\n');
  });

  it('has a control file naming the package and its version', () => {
    const control = readTarGz(members[1].data).find((entry) => entry.name.replace(/^\.\//, '') === 'control');
    const text = control?.data.toString('utf8') ?? '';
    expect(text).toContain(`Package: ${appInfo.id}\n`);
    expect(text).toContain('Version: 3.4.5\n');
    expect(text).toContain('Architecture: all\n');
  });

  it('puts the app tree under usr/palm/applications/<id>/', () => {
    const appFiles = data
      .filter((entry) => entry.type === '0' && entry.name.startsWith(appRoot))
      .map((entry) => entry.name.slice(appRoot.length))
      .sort();
    expect(appFiles).toEqual(
      [...Object.keys(FAKE_APP_FILES), 'appinfo.json', 'icon-80.png', 'icon-130.png', 'splash.png'].sort(),
    );
    expect(fileIn(`${appRoot}app.js`).toString('utf8')).toBe(FAKE_APP_FILES['app.js']);
  });

  it('ships appinfo.json with the synced version and the TV settings kept', () => {
    const packaged: unknown = JSON.parse(fileIn(`${appRoot}appinfo.json`).toString('utf8'));
    expect(packaged).toEqual({ ...JSON.parse(repositoryAppInfoJson()), version: '3.4.5' });
    expect(packaged).toMatchObject({ disableBackHistoryAPI: true, handlesRelaunch: true, resolution: '1920x1080' });
  });

  it('ships the icons at 80×80 and 130×130 and a 1920×1080 splash', () => {
    expect(pngSize(fileIn(`${appRoot}${appInfo.icon}`))).toEqual({ width: 80, height: 80 });
    expect(pngSize(fileIn(`${appRoot}${appInfo.largeIcon}`))).toEqual({ width: 130, height: 130 });
    expect(pngSize(fileIn(`${appRoot}${appInfo.splashBackground}`))).toEqual({ width: 1920, height: 1080 });
  });

  it('has packageinfo.json under usr/palm/packages/<id>/', () => {
    expect(JSON.parse(fileIn(`usr/palm/packages/${appInfo.id}/packageinfo.json`).toString('utf8'))).toEqual({
      id: appInfo.id,
      version: '3.4.5',
      app: appInfo.id,
    });
  });
});

describe("the webOS manifest's checks", () => {
  it('keeps disableBackHistoryAPI, handlesRelaunch and the splash in the repository manifest', () => {
    expect(parseAppInfo(repositoryAppInfoJson())).toMatchObject({
      disableBackHistoryAPI: true,
      handlesRelaunch: true,
      icon: 'icon-80.png',
      largeIcon: 'icon-130.png',
      splashBackground: 'splash.png',
    });
  });

  it('refuses a manifest ares-package would reject, naming the field', () => {
    expect(() => parseAppInfo('{"id":"app.x","type":"web","main":"index.html","title":"X"}')).toThrow(
      'needs a string "icon"',
    );
    expect(() => parseAppInfo('{"id":"Bad_ID","type":"web","main":"i","title":"X","icon":"i.png"}')).toThrow(
      AppInfoError,
    );
    expect(() => parseAppInfo('{"id":"com.webos.mine","type":"web","main":"i","title":"X","icon":"i.png"}')).toThrow(
      "breaks webOS's id rules",
    );
  });

  it('refuses versions webOS cannot install', () => {
    const appInfo = parseAppInfo(repositoryAppInfoJson());
    expect(() => withVersion(appInfo, '1.0.0-beta')).toThrow('not a webOS version');
    expect(withVersion(appInfo, '10.20.30').version).toBe('10.20.30');
  });
});
