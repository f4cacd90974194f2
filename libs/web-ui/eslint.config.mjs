import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';
import { webUiBoundaries } from '../../eslint.boundaries.mjs';
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
          prefix: 'trp',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'trp',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    rules: { ...i18nTemplateRule },
  },
  ...webUiBoundaries,
];
