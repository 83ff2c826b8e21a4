// Builds the player harness page (test/e2e/harness/page.ts) into dist/harness/ with the app's own webpack config:
// the same loaders, aliases and lazy engine chunks, only another entry, output and HTML template.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a webpack config is CommonJS, like the root one */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const appConfig = require('../../../webpack.config.js');

const root = path.resolve(__dirname, '../../..');

module.exports = (env = {}, argv = {}) => {
  const config = appConfig(env, argv);
  const harness = path.resolve(__dirname);
  return {
    ...config,
    entry: { harness: path.join(harness, 'page.ts') },
    output: { ...config.output, path: path.join(root, 'dist', 'harness') },
    module: {
      ...config.module,
      // The app's TypeScript rule covers src/ only; the harness page lives here.
      rules: config.module.rules.map((rule) =>
        rule.include ? { ...rule, include: [].concat(rule.include, harness) } : rule,
      ),
    },
    plugins: config.plugins
      .filter((plugin) => !(plugin instanceof HtmlWebpackPlugin) && plugin.constructor.name !== 'CopyPlugin')
      .concat(new HtmlWebpackPlugin({ template: path.join(harness, 'index.html'), inject: 'body' })),
  };
};
