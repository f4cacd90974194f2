import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { type AssignmentView, type PartnerView, REPEAT_LIMITS, type Visibility } from '@trp/contracts';
import { concatMap, from, toArray } from 'rxjs';
import type { Answers, Perspective } from '@trp/exercises';
import { ExerciseForm } from '@trp/web-ui';
import { controlError } from '../../../../core/forms/server-errors';
import { AssignmentsApi } from '../../data/assignments-api';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { builtInDefinition } from '../../domain/definition-lookup';
import { perspectiveLabel, VISIBILITY_CHOICES } from '../../domain/labels';
import { formErrorMessage } from '../form-error';
import { SessionStore } from '../../../../core/session/session.store';
import { assignmentBody, INSTRUCTIONS_MAX_LENGTH, PROGRAM_STEPS, programBodies } from './assignment-body';

export interface AssignExerciseData {
  readonly coupleId: string;
  readonly partners: readonly PartnerView[];
}

/**
 * "Assign an exercise": which one, instructions, due date and who may read the answers, with a
 * preview of the exercise as each partner will see it → `POST /api/couples/:id/assignments`.
 */
@Component({
  selector: 'app-assign-exercise-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    ExerciseForm,
  ],
  providers: [provideNativeDateAdapter()],
  templateUrl: './assign-exercise-dialog.html',
  styleUrl: './assign-exercise-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignExerciseDialog {
  private readonly api = inject(AssignmentsApi);
  private readonly user = inject(SessionStore).user;
  /** The practice's time zone: "opens on" a day means from its midnight there. */
  private readonly zone = computed(() => this.user()?.timezone ?? 'UTC');
  private readonly ref = inject<MatDialogRef<AssignExerciseDialog, AssignmentView>>(MatDialogRef);
  protected readonly data = inject<AssignExerciseData>(MAT_DIALOG_DATA);

  /** `GET /api/exercises`: the built-ins, then the practice's own (not archived). */
  private readonly library = inject(ExerciseDefinitions);
  protected readonly exercises = rxResource({ stream: () => this.library.assignable() });
  protected readonly builtIns = computed(() => (this.exercises.hasValue() ? this.exercises.value().filter((d) => d.source !== 'practice') : []));
  protected readonly own = computed(() => (this.exercises.hasValue() ? this.exercises.value().filter((d) => d.source === 'practice') : []));
  protected readonly visibilities = VISIBILITY_CHOICES;
  protected readonly instructionsMax = INSTRUCTIONS_MAX_LENGTH;
  protected readonly today = startOfToday();

  protected readonly form = new FormGroup({
    exerciseKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    instructions: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INSTRUCTIONS_MAX_LENGTH)] }),
    dueDate: new FormControl<Date | null>(null),
    opensDate: new FormControl<Date | null>(null),
    visibility: new FormControl<Visibility>('counselor_only', { nonNullable: true }),
    repeatEvery: new FormControl<number | null>(null),
    repeatTimes: new FormControl<number | null>(null, { validators: [Validators.min(REPEAT_LIMITS.times.min), Validators.max(REPEAT_LIMITS.times.max)] }),
    daysBetween: new FormControl<number>(7, { nonNullable: true, validators: [Validators.required, Validators.min(1), Validators.max(90)] }),
    reminders: new FormControl(true, { nonNullable: true }),
  });

  /** The practice sends reminders at all (its setting): otherwise the dialog says so instead of offering the switch. */
  protected readonly practiceReminders = computed(() => this.user()?.partnerReminders ?? true);
  protected readonly remindersOn = toSignal(this.form.controls.reminders.valueChanges, { initialValue: true });
  /** Who would get reminders of this assignment, in words. */
  protected readonly remindersHint = computed(() => remindersHint(this.data.partners, this.remindersOn()));

  /** One exercise, or the article's three steps one after another ("program"). */
  protected readonly mode = signal<'one' | 'program'>('one');
  protected readonly repeatChoices = [
    { value: null, label: $localize`:@@caseload.assign.once:Once` },
    { value: 1, label: $localize`:@@caseload.assign.every-day:Every day` },
    { value: 7, label: $localize`:@@caseload.assign.every-week:Every week` },
    { value: 14, label: $localize`:@@caseload.assign.every-two-weeks:Every two weeks` },
    { value: 28, label: $localize`:@@caseload.assign.every-four-weeks:Every four weeks` },
  ];
  protected readonly timesLimits = REPEAT_LIMITS.times;
  private readonly repeatEvery = toSignal(this.form.controls.repeatEvery.valueChanges, { initialValue: null });
  protected readonly repeats = computed(() => !!this.repeatEvery());
  /** The program's steps are built-ins: their titles need no request. */
  protected readonly programTitles = PROGRAM_STEPS.map((key) => builtInDefinition(key)?.title ?? key);
  /** "A, then B, then C". */
  protected readonly programSteps = this.programTitles.join($localize`:@@caseload.assign.then:, then `);

  private readonly exerciseKey = toSignal(this.form.controls.exerciseKey.valueChanges, { initialValue: this.form.controls.exerciseKey.value });
  /** The chosen exercise's definition, from the list (a practice exercise's preview needs no other request). */
  protected readonly definition = computed(() => (this.exercises.hasValue() ? (this.exercises.value().find((d) => d.key === this.exerciseKey()) ?? null) : null));

  constructor() {
    // Once the list is in, the first exercise is chosen (unless the counselor already chose one).
    effect(() => {
      const first = this.builtIns()[0] ?? this.own()[0];
      const control = this.form.controls.exerciseKey;
      if (first && !control.value) control.setValue(first.key);
    });
  }

  /** The preview: whose wording, and answers that stay in this dialog. */
  protected readonly previewChoices = computed(() => {
    const byPartner = this.data.partners.map((partner) => ({
      value: partner.id,
      label: $localize`:@@caseload.assign.preview-as:${partner.displayName}:name: (${perspectiveLabel(partner.perspective)}:perspective:)`,
      perspective: partner.perspective,
    }));
    return byPartner.length > 0 ? byPartner : [{ value: 'neutral', label: $localize`:@@caseload.assign.neutral:Neutral wording`, perspective: 'unspecified' as Perspective }];
  });
  protected readonly previewAs = signal(this.data.partners[0]?.id ?? 'neutral');
  protected readonly previewPerspective = computed(
    () => this.previewChoices().find((c) => c.value === this.previewAs())?.perspective ?? 'unspecified',
  );
  protected readonly previewAnswers = signal<Answers>({});

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected instructionsError(): string {
    return controlError(this.form.controls.instructions, 'instructions');
  }

  protected dueDateError(): string {
    const control = this.form.controls.dueDate;
    if (control.hasError('matDatepickerParse')) return $localize`:@@caseload.assign.date-invalid:Enter a valid date, or pick one from the calendar.`;
    if (control.hasError('matDatepickerMin')) return $localize`:@@caseload.assign.date-past:Choose today or a later day.`;
    return controlError(control, $localize`:@@caseload.assign.a-due-date:a due date`);
  }

  protected save(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    if (this.mode() === 'program') {
      this.saveProgram();
      return;
    }
    this.api.create(this.data.coupleId, assignmentBody(this.withReminders(this.form.getRawValue()), this.zone())).subscribe({
      next: (assignment) => this.ref.close(assignment),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(formErrorMessage(this.form, error, $localize`:@@caseload.assign.error:We could not assign the exercise. Please try again.`));
      },
    });
  }
  /** The three steps, one request after another (so a failure leaves the ones before it, and says so). */
  private saveProgram(): void {
    const value = this.form.getRawValue();
    const bodies = programBodies(
      this.withReminders({ opensDate: value.opensDate, daysBetween: value.daysBetween, visibility: value.visibility, reminders: value.reminders }),
      this.zone(),
    );
    from(bodies)
      .pipe(
        concatMap((body) => this.api.create(this.data.coupleId, body)),
        toArray(),
      )
      .subscribe({
        next: (created) => this.ref.close(created[0]),
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(formErrorMessage(this.form, error, $localize`:@@caseload.assign.program-error:We could not assign every step of the program. Check the list before trying again.`));
        },
      });
  }

  /** The switch's choice is sent only when the practice sends reminders (otherwise there is no switch to have chosen). */
  private withReminders<T extends { reminders?: boolean }>(value: T): T {
    return this.practiceReminders() ? value : { ...value, reminders: undefined };
  }
}

/** "Alex and Sam get reminders…", or why someone does not (no email address, turned off by the partner). */
export function remindersHint(partners: readonly PartnerView[], on: boolean): string {
  if (!on) return $localize`:@@caseload.assign.reminders-none:No reminder emails for this exercise. The partners still see it on their page.`;
  const live = partners.filter((p) => !p.erasedAt);
  const reached = live.filter((p) => p.email && p.remindersEnabled);
  const notes = live
    .filter((p) => !(p.email && p.remindersEnabled))
    .map((p) =>
      p.email
        ? $localize`:@@caseload.assign.turned-off:${p.displayName}:name: turned reminders off`
        : $localize`:@@caseload.assign.no-email:${p.displayName}:name: has no email address`,
    );
  const lead =
    reached.length === 0
      ? $localize`:@@caseload.assign.no-one:No one gets reminders`
      : reached.length === 1
        ? $localize`:@@caseload.assign.gets-one:${reached[0]?.displayName}:name: gets an email before it is due and while it is overdue, as the practice sets`
        : $localize`:@@caseload.assign.gets-many:${reached.map((p) => p.displayName).join(AND)}:names: get an email before it is due and while it is overdue, as the practice sets`;
  return `${lead}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}

const AND = $localize`:@@caseload.assign.and: and `;

function startOfToday(): Date {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return today;
}
