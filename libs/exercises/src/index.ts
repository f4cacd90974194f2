export * from './lib/exercises';
