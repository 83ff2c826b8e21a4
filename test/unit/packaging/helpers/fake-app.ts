// A small stand-in for the production build (dist/app/), so packaging tests need no webpack run.
import fs from 'node:fs';
import path from 'node:path';

/** The files of the fake build, relative path → content. */
export const FAKE_APP_FILES: Readonly<Record<string, string>> = {
  'index.html':
    '<!doctype html><html lang=en><head><meta charset=utf-8><title>TV Player</title>' +
    '<script src=env.js></script></head><body><script src=app.js></script></body></html>',
  'env.js': 'window.env={};\n',
  'app.js': 'console.log("app");\n',
  'chunks/251.abcdef12.js': 'console.log("chunk");\n',
  'img/my icon.png': 'not really a png, but a name with a space\n',
};

/** Writes the fake build into `dir` (created) and returns `dir`. */
export function makeFakeApp(dir: string): string {
  for (const [file, content] of Object.entries(FAKE_APP_FILES)) {
    const target = path.join(dir, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return dir;
}

/** The repository's config.xml text (the one the real package uses). */
export function repositoryConfigXml(): string {
  return fs.readFileSync(path.resolve(__dirname, '../../../../config.xml'), 'utf8');
}

/** The repository's webos/appinfo.json text. */
export function repositoryAppInfoJson(): string {
  return fs.readFileSync(path.resolve(__dirname, '../../../../webos/appinfo.json'), 'utf8');
}
