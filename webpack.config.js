// Builds the app for TVs (ES5, Chromium 38+) or, with `--env modern`, a fast development build for the emulator.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const pkg = require('./package.json');

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
      rules: modern
        ? [{ test: /\.ts$/, include: path.resolve(__dirname, 'src'), use: [tsLoader] }]
        : [
            { test: /\.ts$/, include: path.resolve(__dirname, 'src'), use: ['babel-loader', tsLoader] },
            { test: /\.m?js$/, exclude: skipBabel, use: 'babel-loader', resolve: { fullySpecified: false } },
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
      minimizer: [
        // Lightning finds a component's states by their class names: minified names would break `_states()`.
        new TerserPlugin({ terserOptions: { keep_classnames: true, keep_fnames: true } }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
