import { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { apiErrorOf, sentence } from '../../../core/http/api-error';
import type { PathError } from './definition-file';

/** Where an error is shown: `client` from the builder's own checks, `server` from a 400 (cleared when the control changes). */
export type ErrorSource = 'client' | 'server';

/** Members that have no control of their own on screen: their errors show at the question or section. */
const NOT_SHOWN: ReadonlySet<string> = new Set(['id', 'flagWhen']);

/** `sections[1].fields[0].max` → `['sections', 1, 'fields', 0, 'max']`. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
  }
  return segments;
}

/**
 * The control that owns a path: the deepest control along it that the page shows (a path into a member
 * without a control of its own, such as `flagWhen[0]`, lands on the question). The form itself when nothing
 * along the path exists.
 */
export function controlForPath(form: AbstractControl, path: string): AbstractControl {
  let control: AbstractControl = form;
  for (const segment of pathSegments(path)) {
    if (typeof segment === 'string' && NOT_SHOWN.has(segment)) break;
    const next: AbstractControl | null =
      control instanceof FormArray && typeof segment === 'number'
        ? (control.at(segment) ?? null)
        : control instanceof FormGroup && typeof segment === 'string'
          ? (control.get(segment) ?? null)
          : null;
    if (!next) break;
    control = next;
  }
  return control;
}

/**
 * Puts each error on the control that owns its path (as `{ [source]: message }`, several joined) and marks it
 * touched so it shows. Answers the errors no control of the form owns (shown above the save button).
 */
export function applyPathErrors(form: AbstractControl, errors: readonly PathError[], source: ErrorSource, touch = source === 'server'): PathError[] {
  const leftovers: PathError[] = [];
  const messages = new Map<AbstractControl, string[]>();
  for (const error of errors) {
    const control = controlForPath(form, error.path);
    if (control === form) {
      leftovers.push(error);
      continue;
    }
    messages.set(control, [...(messages.get(control) ?? []), error.message]);
  }
  for (const [control, list] of messages) {
    control.setErrors({ ...(control.errors ?? {}), [source]: [...new Set(list)].join(' ') });
    if (touch) control.markAsTouched();
  }
  return leftovers;
}

/** Takes the errors of one source off every control (before the checks run again). */
export function clearPathErrors(form: AbstractControl, source: ErrorSource): void {
  visit(form, (control) => {
    if (control.errors && source in control.errors) {
      const { [source]: _gone, ...rest } = control.errors;
      control.setErrors(Object.keys(rest).length > 0 ? rest : null);
    }
  });
}

function visit(control: AbstractControl, action: (control: AbstractControl) => void): void {
  if (control instanceof FormGroup) for (const child of Object.values(control.controls)) visit(child, action);
  if (control instanceof FormArray) for (const child of control.controls) visit(child, action);
  action(control);
}

/**
 * A 400's problems with their paths: the `errors` list (`{ field, message }`), or a message of the form
 * `sections[1].fields[0].max: must be above min`. Messages lose the repeated path and become sentences.
 */
export function serverPathErrors(error: unknown): PathError[] {
  const body = apiErrorOf(error);
  if (!body || body.statusCode !== 400) return [];
  const listed = (body.errors ?? []).map((entry) => ({ path: entry.field, message: sentence(stripPath(entry.message, entry.field)) }));
  if (listed.length > 0) return listed;
  const named = /^([A-Za-z][\w]*(?:\[\d+\]|\.[A-Za-z]\w*)*): (.+)$/s.exec(body.message);
  return named ? [{ path: named[1], message: sentence(named[2]) }] : [];
}

function stripPath(message: string, path: string): string {
  return message.startsWith(path) ? message.slice(path.length).replace(/^:?\s+/, '') : message;
}

/** The one message under a control: the server's, then the builder's check, then its own validators. */
export function messageOf(control: AbstractControl | null | undefined): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (typeof errors['client'] === 'string') return errors['client'];
  if (errors['required']) return $localize`:@@library.error.required:This cannot be empty.`;
  return $localize`:@@library.error.check:Check this.`;
}
