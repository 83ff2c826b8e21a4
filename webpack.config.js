// Builds the app for TVs (ES5, Chromium 38+) or, with `--env modern`, a fast development build for the emulator.
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
];
const [presetEnv, presetEnvOptions] = babelConfig.presets[0];
// babel.config.cjs's preset with the exclusions above (the config file stays the one place for targets).
const babelLoader = {
  loader: 'babel-loader',
  options: {
    configFile: false,
    babelrc: false,
    sourceType: babelConfig.sourceType,
    presets: [[presetEnv, { ...presetEnvOptions, exclude: UNUSED_POLYFILLS }]],
  },
};

// Already ES5 (toolchain.md §7) or not meant to be transpiled: Babel would only slow the build down.
const skipBabel =
  /node_modules[\\/](core-js|regenerator-runtime|webpack|hls\.js[\\/]dist|shaka-player[\\/]dist|mpegts\.js[\\/]dist)[\\/]/;

module.exports = (env = {}, argv = {}) => {
  const modern = Boolean(env.modern);
  const production = argv.mode !== 'development';
  const tsLoader = { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } };
  return {
    mode: production ? 'production' : 'development',
    target: modern ? ['web', 'es2020'] : ['web', 'es5'],
    entry: { app: './src/index.ts' },
    output: {
      path: path.resolve(__dirname, 'dist', modern ? 'modern' : 'app'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      alias: {
        // The prebuilt UMD file is ES5 already; the default .mjs entry is not.
        'hls.js$': path.resolve(__dirname, 'node_modules/hls.js/dist/hls.min.js'),
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
      new HtmlWebpackPlugin({
        template: 'static/index.html',
        inject: 'body',
        scriptLoading: 'blocking',
        templateParameters: { version: pkg.version },
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'static', globOptions: { ignore: ['**/index.html'] }, noErrorOnMissing: true }],
      }),
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
        new TerserPlugin({ terserOptions: { keep_classnames: true, keep_fnames: /^[A-Z]/ } }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
