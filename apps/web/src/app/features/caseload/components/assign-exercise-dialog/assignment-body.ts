import type { CreateAssignmentBody, Visibility } from '@trp/contracts';

export const INSTRUCTIONS_MAX_LENGTH = 2000;

export interface AssignFormValue {
  readonly exerciseKey: string;
  readonly instructions: string;
  readonly dueDate: Date | null;
  readonly visibility: Visibility;
}

/**
 * `POST /api/couples/:id/assignments` from the dialog's form: trimmed instructions (left out when
 * empty), the due date as the end of the chosen day in the counselor's time zone, and the visibility.
 */
export function assignmentBody(value: AssignFormValue): CreateAssignmentBody {
  const instructions = value.instructions.trim();
  return {
    exerciseKey: value.exerciseKey,
    ...(instructions ? { instructions } : {}),
    ...(value.dueDate ? { dueAt: endOfDay(value.dueDate).toISOString() } : {}),
    visibility: value.visibility,
  };
}

function endOfDay(date: Date): Date {
  const end = new Date(date);
  end.setHours(23, 59, 59, 0);
  return end;
}
