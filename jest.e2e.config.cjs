// Browser tests: drive the production build in Debian's Chromium (playwright-core).
const base = require('./jest.config.cjs');
module.exports = {
  ...base,
  testMatch: ['**/test/e2e/**/*.e2e.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
