// Unit and integration tests (Node). Browser tests live in jest.e2e.config.cjs.
const transform = {
  '^.+\\.[tj]sx?$': [
    'ts-jest',
    {
      tsconfig: { module: 'commonjs', target: 'ES2019', esModuleInterop: true, allowJs: true, types: ['jest', 'node'] },
    },
  ],
};
module.exports = {
  // Only test/ is scanned: MPEG-TS media must never be named *.ts inside it (see test/provider/media).
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: ['/node_modules/(?!(ky|@lightningjs/sdk|@metrological/sdk)/)'],
  testTimeout: 20000,
};
module.exports.transform = transform;
