/**
 * Test support, kept out of the main entry so apps never bundle fast-check:
 * import from `@trp/exercises/testing` (or this file) in tests and data generators only.
 */
export * from './testing/answers.arbitrary';
export * from './testing/definition.arbitrary';
