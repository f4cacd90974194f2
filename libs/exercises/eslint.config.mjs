import { builtinModules } from 'node:module';

import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The library runs in the browser too: no framework and no Node module in its code
    // (src/browser-safe.spec.ts checks the same whichever ESLint config is picked up).
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', 'jest.config.cts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({
            name,
            message:
              'Node-only module: @trp/exercises must run in the browser too.',
          })),
          patterns: [
            {
              group: ['node:*'],
              message:
                'Node-only module: @trp/exercises must run in the browser too.',
            },
            {
              group: ['@angular/*', '@nestjs/*'],
              message: '@trp/exercises is framework-free.',
            },
          ],
        },
      ],
    },
  },
];
