import { CreatePractice1764057600000 } from './1764057600000-CreatePractice';

/**
 * Every migration, oldest first. Imported as classes (not a glob) so they survive the bundled build.
 * Add a new one at the end; never edit one that has been released.
 */
export const MIGRATIONS = [CreatePractice1764057600000];
