// Builds the app for TVs, or with `--env modern` a fast development build for the emulator (es2020, no Babel).
//
// The TV build is two bundles of the same app, and index.html runs one (static/index.html):
// - `app.js`, ES5 with core-js polyfills for Chromium 38 (webOS 3) and 47 (Tizen 3): every TV;
// - `es2018/app.js`, for engines with ES2018 syntax (Chromium 64+: webOS 5 and Tizen 5.5 on): native classes,
//   async functions and spread, and polyfills only for what Chromium 64 lacks. Half the size of the ES5 bundle, it
//   reaches the first key 0.5–1 s sooner on a slow CPU (test/bench/README.md, startup-warm).
// `--env es5` builds the ES5 bundle alone.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const pkg = require('./package.json');
const babelConfig = require('./babel.config.cjs');

// core-js modules that `useBuiltIns: 'usage'` adds because a method name matches (`.map(` might be an iterator
// helper, `.union(` a Set method) although the app calls none of these APIs: iterator helpers, the new Set and Map
// methods, Uint8Array base64/hex and JSON.rawJSON. Leaving them out keeps the first bundle smaller on TVs.
const UNUSED_POLYFILLS = [
  /^es(next)?\.iterator\./,
  /^es(next)?\.set\.(union|intersection|difference|symmetric-difference|is-subset-of|is-superset-of|is-disjoint-from)/,
  /^es(next)?\.map\.get-or-insert/,
  /^es(next)?\.weak-map\.get-or-insert/,
  /^es(next)?\.uint8-array\./,
  /^es(next)?\.json\.(raw-json|is-raw-json)/,
  // Error `cause` (the app's error classes set `cause` themselves) and DOMException's constructor and stack (the
  // fetch and AbortController polyfills fall back to an Error where the constructor is missing). Loading any of these
  // formats an Error's stack (core-js's error-stack-clear), which makes V8 re-parse the whole bundle for source
  // positions: 0.4–0.5 s of a warm start at ×4 CPU before the first module ran.
  /^es\.error\.cause$/,
  /^web\.dom-exception\./,
];
// And in the es2018 bundle only, which runs on Chromium 64 and later. Every polyfill is evaluated at each start, before
// the first module of the app (each one tests the engine: about 80 ms of a warm start at ×4 CPU, test/bench/README.md),
// and on such an engine these ones would fix nothing the app meets:
// - URL and URLSearchParams, native and good enough from Chromium 64 on (the app itself uses neither; ky tests
//   `instanceof` against them, which is why the ES5 bundle keeps them for Chromium 38's missing URLSearchParams);
// - the typed-array methods and ArrayBuffer transfer, added for every `new Uint8Array(…)`: the app calls none of
//   `at`, `findLast`, `toSorted`, `toReversed`, `with` or `transfer` on one, and `set` and `sort` are native;
// - Promise: native with `finally` from Chromium 63 (core-js replaces it only on V8 6.6, Chromium 66, no TV's);
// - array and DOM-collection iterators (native; core-js wants Chromium 66 for a detail of `Symbol.unscopables`),
//   `push`/`unshift` beyond 2^32 − 1 elements, `reduce` (a Chromium 80–82 bug), JSON's lone surrogates and revivers'
//   source text, the order of RegExp `flags`, `Symbol.prototype.description`, `Reflect[@@toStringTag]`, `self`;
// - `String.prototype.at`: the app's `.at(` calls are on its own lists (ky's one, on an array, keeps `es.array.at`).
// What the app and ky do call and Chromium 64 lacks stays: Array `at`, stable `sort`, `Object.hasOwn` and
// `fromEntries`, `globalThis`, `trimEnd`, `queueMicrotask`.
const UNUSED_POLYFILLS_ES2018 = [
  ...UNUSED_POLYFILLS,
  /^web\.url(-search-params)?(\.|$)/,
  /^es(next)?\.(typed-array|array-buffer)\./,
  /^es(next)?\.promise(\.|$)/,
  /^(es(next)?\.array|web\.dom-collections)\.iterator$/,
  /^es(next)?\.array\.(push|unshift|reduce)$/,
  /^es(next)?\.json\.(stringify|parse)$/,
  /^es(next)?\.regexp\.flags$/,
  /^es(next)?\.symbol\.description$/,
  /^es(next)?\.reflect\.to-string-tag$/,
  /^web\.self$/,
  /^es(next)?\.string\.at-alternative$/,
];
const [presetEnv, presetEnvOptions] = babelConfig.presets[0];
/** The engine the es2018 bundle is for: the first Chromium with all of ES2018's syntax. */
const ES2018_CHROME = '64';
// babel.config.cjs's preset with the exclusions above (the config file stays the one place for the ES5 targets).
const babelLoaderFor = (targets, exclude) => ({
  loader: 'babel-loader',
  options: {
    configFile: false,
    babelrc: false,
    sourceType: babelConfig.sourceType,
    presets: [[presetEnv, { ...presetEnvOptions, targets, exclude }]],
  },
});

// Already ES5 (toolchain.md §7) or not meant to be transpiled: Babel would only slow the build down.
const skipBabel =
  /node_modules[\\/](core-js|regenerator-runtime|webpack|hls\.js[\\/]dist|shaka-player[\\/]dist|mpegts\.js[\\/]dist)[\\/]/;

/** Where each bundle of the TV build lands in dist/app (static/index.html picks one). */
const TV_BUNDLES = { es5: '', es2018: 'es2018/' };

/**
 * One build of the app. `bundle`: `es5` or `es2018` (the TV build's two bundles, in dist/app) or `dev` (the
 * emulator's development build, in dist/modern); `withEs2018`: the es2018 bundle is built beside the ES5 one.
 */
function appConfig(bundle, production, withEs2018 = false) {
  const modern = bundle === 'dev';
  const folder = modern ? '' : TV_BUNDLES[bundle];
  const babelLoader =
    bundle === 'es2018'
      ? babelLoaderFor({ chrome: ES2018_CHROME }, UNUSED_POLYFILLS_ES2018)
      : babelLoaderFor(presetEnvOptions.targets, UNUSED_POLYFILLS);
  const tsLoader = { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } };
  return {
    name: bundle,
    mode: production ? 'production' : 'development',
    target: { dev: ['web', 'es2020'], es5: ['web', 'es5'], es2018: ['web', 'es2018'] }[bundle],
    // early.ts first: it begins the start-up's IndexedDB reads before index.ts evaluates the interface library.
    entry: { app: ['./src/early.ts', './src/index.ts'] },
    output: {
      path: path.resolve(__dirname, 'dist', modern ? 'modern' : 'app', folder),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: folder,
      // The two TV bundles share dist/app: the ES5 build (which writes index.html) leaves the other one's folder.
      clean: bundle === 'es5' ? { keep: (file) => file.startsWith(TV_BUNDLES.es2018) } : true,
      // Both bundles' chunk loaders on one page would otherwise share one global.
      uniqueName: `tvplayer-${bundle}`,
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      alias: {
        // The prebuilt UMD file is ES5 already; the default .mjs entry is not.
        'hls.js$': path.resolve(__dirname, 'node_modules/hls.js/dist/hls.min.js'),
        // fetch (Chromium 42) and AbortController (66) polyfills install themselves only where missing; the es2018
        // bundle runs on Chromium 64 and 65 too, so it keeps AbortController's.
        ...(bundle === 'es2018' ? { 'whatwg-fetch$': false } : {}),
      },
    },
    module: {
      rules: [
        // Our modules do nothing when loaded but define things (the polyfills are the exception), so what a barrel
        // (`index.ts`) re-exports and nobody uses stays out of the bundle.
        { test: /\.ts$/, include: path.resolve(__dirname, 'src'), exclude: /polyfills\.ts$/, sideEffects: false },
        // The same for the Lightning SDK: the app starts Lightning itself (src/ui/launchStage.ts) and uses the
        // router and a few helpers, so the SDK's other plugins (ads, metrics, video player…) stay out of the bundle.
        { test: /[\\/]node_modules[\\/]@lightningjs[\\/]sdk[\\/]/, sideEffects: false },
        ...(modern
          ? [{ test: /\.ts$/, include: path.resolve(__dirname, 'src'), use: [tsLoader] }]
          : [
              { test: /\.ts$/, include: path.resolve(__dirname, 'src'), use: [babelLoader, tsLoader] },
              { test: /\.m?js$/, exclude: skipBabel, use: babelLoader, resolve: { fullySpecified: false } },
            ]),
      ],
    },
    plugins: [
      // index.html and the static files come with the ES5 bundle (or the development build), once.
      ...(bundle === 'es2018'
        ? []
        : [
            new HtmlWebpackPlugin({
              template: 'static/index.html',
              inject: false,
              templateParameters: {
                version: pkg.version,
                bundles: withEs2018 ? { es5: 'app.js', es2018: `${TV_BUNDLES.es2018}app.js` } : { es5: 'app.js' },
              },
            }),
            new CopyWebpackPlugin({
              patterns: [{ from: 'static', globOptions: { ignore: ['**/index.html'] }, noErrorOnMissing: true }],
            }),
          ]),
      new (require('webpack').DefinePlugin)({ __APP_VERSION__: JSON.stringify(pkg.version) }),
    ],
    optimization: {
      // The playback libraries get names, so the budget bench and the TV smoke tests can tell them apart.
      splitChunks: {
        cacheGroups: {
          hlsjs: { test: /node_modules[\\/]hls\.js[\\/]/, name: 'lib-hlsjs', chunks: 'async', enforce: true },
          shaka: { test: /node_modules[\\/]shaka-player[\\/]/, name: 'lib-shaka', chunks: 'async', enforce: true },
          mpegts: { test: /node_modules[\\/]mpegts\.js[\\/]/, name: 'lib-mpegts', chunks: 'async', enforce: true },
        },
      },
      minimizer: [
        // Lightning finds a component's states by their class names: minified names would break `_states()`. In the
        // ES5 build classes are functions, so capitalised function names (constructors) are kept too; the rest are
        // minified.
        new TerserPlugin({
          terserOptions: { ecma: bundle === 'es2018' ? 2018 : 5, keep_classnames: true, keep_fnames: /^[A-Z]/ },
        }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  if (env.modern) return appConfig('dev', production);
  if (env.es5) return appConfig('es5', production);
  return [appConfig('es5', production, true), appConfig('es2018', production, true)];
};
