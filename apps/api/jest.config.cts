const nodeEsm = require('../../jest.node-esm.js');
// otplib loads @scure/base and @noble/hashes 2, which ship ES modules only: compile them too.
const transformIgnorePatterns = nodeEsm.transformIgnorePatterns.map((pattern: string) => pattern.replace(/\(\?!(\.\*\/node_modules\/)?\(/g, (m: string) => `${m}@scure/base|@noble/hashes|`));

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  ...nodeEsm,
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'html'],
  coverageDirectory: '../../coverage/apps/api',
};
