import type { CreateAssignmentBody, Visibility } from '@trp/contracts';
import { fromZonedInput } from '../../domain/practice-time';

export const INSTRUCTIONS_MAX_LENGTH = 2000;

export interface AssignFormValue {
  readonly exerciseKey: string;
  readonly instructions: string;
  readonly dueDate: Date | null;
  readonly visibility: Visibility;
  /** Partners see it from the start of this day, in the practice's time zone; none = at once. */
  readonly opensDate?: Date | null;
}

/**
 * `POST /api/couples/:id/assignments` from the dialog's form: trimmed instructions (left out when
 * empty), the due date as the end of the chosen day in the counselor's time zone, the visibility, and the opening
 * as the start of the chosen day in the practice's time zone (`zone`).
 */
export function assignmentBody(value: AssignFormValue, zone = 'UTC'): CreateAssignmentBody {
  const instructions = value.instructions.trim();
  const opensAt = value.opensDate ? startOfDayIn(value.opensDate, zone) : null;
  return {
    exerciseKey: value.exerciseKey,
    ...(instructions ? { instructions } : {}),
    ...(value.dueDate ? { dueAt: endOfDay(value.dueDate).toISOString() } : {}),
    visibility: value.visibility,
    ...(opensAt && opensAt.getTime() > Date.now() ? { opensAt: opensAt.toISOString() } : {}),
  };
}

/** Midnight of the picked calendar day (the date picker's local year, month, day) in `zone`. */
function startOfDayIn(date: Date, zone: string): Date | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  return fromZonedInput(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T00:00`, zone);
}

function endOfDay(date: Date): Date {
  const end = new Date(date);
  end.setHours(23, 59, 59, 0);
  return end;
}
