import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import compat from 'eslint-plugin-compat';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/provider/media/', '*.cjs', '*.mjs', 'webpack.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Plain scripts shipped as they are (static/env.js runs before the bundle in the page).
    files: ['static/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'writable' } },
  },
  {
    // Layering from DESIGN.md: only src/ui imports Lightning; nothing imports src/ui.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@lightningjs/*', '**/ui/*', '**/ui'] }],
    },
  },
  {
    // The oldest engine we ship to is Chromium 38 (webOS 3). Web and ES APIs it lacks must be polyfilled or avoided.
    files: ['src/**/*.ts'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
    settings: {
      browsers: ['chrome 38'],
      lintAllEsApis: true,
      polyfills: [
        // src/polyfills.ts: whatwg-fetch and abortcontroller-polyfill.
        'fetch',
        'Request',
        'Response',
        'Headers',
        'AbortController',
        'AbortSignal',
        // ES built-ins core-js adds wherever the code uses them (babel.config.cjs, useBuiltIns: 'usage'). Without
        // type information the plugin names instance methods by their type's name (`Array.fill`, `String.repeat`).
        'Array.fill',
        'String.repeat',
        'Array.from',
        'Array.of',
        'Array.prototype.fill',
        'Array.prototype.find',
        'Array.prototype.findIndex',
        'Array.prototype.includes',
        'Object.assign',
        'Object.entries',
        'Object.values',
        'Object.fromEntries',
        'String.prototype.repeat',
        'String.prototype.startsWith',
        'String.prototype.endsWith',
        'String.prototype.includes',
        'String.prototype.padStart',
        'String.prototype.padEnd',
        'Number.isFinite',
        'Number.isInteger',
        'Number.isNaN',
        'Math.trunc',
        'Math.sign',
        'Promise.prototype.finally',
        'Symbol',
      ],
    },
  },
);
