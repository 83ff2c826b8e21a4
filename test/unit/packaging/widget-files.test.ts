import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesSignedBy, listWidgetFiles, WidgetFileError } from '../../../tizen/sign/widget-files';

function widgetWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'widget-files-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file);
  }
  return dir;
}

describe('the files a widget signature covers', () => {
  const made: string[] = [];
  const widget = (files: string[]): string => {
    const dir = widgetWith(files);
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('lists every regular file with /-separated paths in plain string order', () => {
    const dir = widget(['index.html', 'config.xml', 'css/style.css', 'css-old/a.css', 'Z.js', 'img/my icon.png']);
    expect(listWidgetFiles(dir)).toEqual([
      'Z.js',
      'config.xml',
      'css-old/a.css',
      'css/style.css',
      'img/my icon.png',
      'index.html',
    ]);
  });

  it('leaves signature files out of the author signature and only signatureN.xml out of the distributor signature', () => {
    const files = [
      'author-signature.xml',
      'config.xml',
      'signature1.xml',
      'signature12.xml',
      'signature0.xml',
      'sub/signature1.xml',
    ];
    expect(filesSignedBy('author', files)).toEqual(['config.xml', 'signature0.xml', 'sub/signature1.xml']);
    expect(filesSignedBy('distributor', files)).toEqual([
      'author-signature.xml',
      'config.xml',
      'signature0.xml',
      'sub/signature1.xml',
    ]);
  });

  it('refuses dotfiles and dot-folders, naming them', () => {
    expect(() => listWidgetFiles(widget(['index.html', '.DS_Store']))).toThrow(WidgetFileError);
    expect(() => listWidgetFiles(widget(['index.html', 'css/.cache/x.css']))).toThrow(
      '"css/.cache" is a dotfile or dot-folder',
    );
  });

  it('refuses names outside printable ASCII', () => {
    expect(() => listWidgetFiles(widget(['index.html', 'img/café.png']))).toThrow(
      '"img/café.png" has a name outside printable ASCII',
    );
  });

  it('refuses symlinks', () => {
    const dir = widget(['index.html']);
    fs.symlinkSync('index.html', path.join(dir, 'link.html'));
    expect(() => listWidgetFiles(dir)).toThrow('"link.html" is not a regular file or folder');
  });
});
