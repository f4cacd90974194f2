import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';
import { webBoundaries } from '../../eslint.boundaries.mjs';
import { i18nTemplateRule } from '../../eslint.i18n.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // index.html is no Angular template: its words are translated per locale by scripts/localize-pages.mjs.
    ignores: ['**/src/index.html'],
    rules: { ...i18nTemplateRule },
  },
  ...webBoundaries,
];
