export * from './lib/model';
export * from './lib/emotions';
