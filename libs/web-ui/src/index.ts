export * from './lib/exercise-form/fields/long-text-field/long-text-field';
