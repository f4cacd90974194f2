/**
 * A few server dependencies ship ES modules only (or load them with a dynamic import()), which Jest's
 * CommonJS runtime cannot execute. Node 24 runs them natively in the built app; under Jest they are
 * compiled to CommonJS by ts-jest. Spread into the Jest config of node projects.
 */
const { join } = require('node:path');

// otplib loads @scure/base and @noble/hashes 2, which ship ES modules only; so do pg-boss 12 and its
// serialize-error (and that one's non-error).
const ESM_PACKAGES = [
  '@fastify/cookie',
  '@fastify/static',
  'content-disposition',
  'cookie',
  '@scure/base',
  '@noble/hashes',
  'pg-boss',
  'serialize-error',
  'non-error',
];

module.exports = {
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    '^.+\\.m?js$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.jest-esm.json'), diagnostics: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)(?!.*/node_modules/(${ESM_PACKAGES.join('|')})/)`],
};
