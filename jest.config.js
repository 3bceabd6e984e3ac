/** Jest runs every unit test next to its code and the cross-cutting tests in test/. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{engine,forms,api,processes,test}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/admin-ui/', '<rootDir>/portal-ui/'],
  modulePathIgnorePatterns: ['<rootDir>/admin-ui/', '<rootDir>/portal-ui/', '<rootDir>/dist/'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(cookie|feelin|lezer-feel|@lezer)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Generous: a suite starts real PostgreSQL databases and the whole app; CI machines have 2 cores.
  testTimeout: 90000,
  maxWorkers: 2,
};
