import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
);
