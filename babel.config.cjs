// ES5 for Chromium 38 (webOS 3) and 47 (Tizen 3); polyfills only where used.
module.exports = {
  sourceType: 'unambiguous',
  presets: [
    [
      '@babel/preset-env',
      { targets: { chrome: '38' }, useBuiltIns: 'usage', corejs: '3.51', modules: false, bugfixes: true },
    ],
  ],
};
