import type { CurrentUser } from '@trp/contracts';
import type { LibraryExercise } from '../data/library-api';

/**
 * Who may change a practice exercise: its author and the practice's admins who are counselors (every counselor of
 * the practice may assign it). The API's own `canEdit` wins when it sends one; the server decides in any case.
 */
export function mayEdit(exercise: LibraryExercise, user: CurrentUser | null): boolean {
  if (exercise.canEdit !== undefined) return exercise.canEdit;
  if (!user) return false;
  if (user.roles.includes('admin') && user.roles.includes('counselor')) return true;
  return exercise.author.id === null || exercise.author.id === user.id;
}
