const nxPreset = require('@nx/jest/preset').default;

// Every date in the tests is read in UTC, whoever runs them (`npx nx test web` on a laptop in Madrid included):
// Jest's workers inherit this process's environment, and Node applies a changed TZ at once.
process.env.TZ = 'UTC';

module.exports = { ...nxPreset };
