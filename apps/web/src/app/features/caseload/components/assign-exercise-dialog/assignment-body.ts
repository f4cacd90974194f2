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
  /** Repeat every so many days (none: once), so many times in all (none: until stopped). */
  readonly repeatEvery?: number | null;
  readonly repeatTimes?: number | null;
  /** Reminder emails for this assignment (the practice's cadence); left out (the server's default, on) when unset. */
  readonly reminders?: boolean;
}

/** The article's three steps, in order: the "program" shortcut of the dialog. */
export const PROGRAM_STEPS = ['acknowledge-the-breach', 'communicate-openly', 'set-boundaries'] as const;

export interface ProgramFormValue {
  /** The first step opens at the start of this day (none: at once). */
  readonly opensDate: Date | null;
  /** Each next step opens this many days after the previous (1–90); each is due when the next opens. */
  readonly daysBetween: number;
  readonly visibility: Visibility;
  readonly reminders?: boolean;
}

/** The three bodies of the program, one after another, each opening `daysBetween` days after the previous. */
export function programBodies(value: ProgramFormValue, zone = 'UTC', now = new Date()): CreateAssignmentBody[] {
  const start = (value.opensDate ? startOfDayIn(value.opensDate, zone) : null) ?? now;
  const first = start.getTime() > now.getTime() ? start : now;
  const step = value.daysBetween * 24 * 60 * 60_000;
  return PROGRAM_STEPS.map((exerciseKey, i) => {
    const opensAt = new Date(first.getTime() + i * step);
    return {
      exerciseKey,
      visibility: value.visibility,
      ...(value.reminders !== undefined && { reminders: value.reminders }),
      ...(opensAt.getTime() > now.getTime() && { opensAt: opensAt.toISOString() }),
      dueAt: new Date(opensAt.getTime() + step).toISOString(),
    };
  });
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
    ...(value.reminders !== undefined && { reminders: value.reminders }),
    ...(opensAt && opensAt.getTime() > Date.now() ? { opensAt: opensAt.toISOString() } : {}),
    ...(value.repeatEvery ? { repeat: { everyDays: value.repeatEvery, ...(value.repeatTimes ? { times: value.repeatTimes } : {}) } } : {}),
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
