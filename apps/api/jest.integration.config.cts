/** API integration tests: the whole Nest app against real PostgreSQL, each suite in its own fresh database. */
const nodeEsm = require('../../jest.node-esm.js');

module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  ...nodeEsm,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
  testTimeout: 60_000,
};
