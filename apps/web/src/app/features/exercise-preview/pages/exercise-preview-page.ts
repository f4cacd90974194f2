import { pageLocale } from '@trp/web-ui/i18n';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { type Answers, type Perspective, validateAnswers } from '@trp/exercises';
import { ExerciseForm } from '@trp/web-ui';
import { ExerciseDefinitions } from '../../caseload/data/exercise-definitions';

type PreviewView = 'partner' | 'counselor';

export const PERSPECTIVE_CHOICES: readonly { readonly value: Perspective; readonly label: string }[] = [
  { value: 'unspecified', label: $localize`:@@exercise-preview.page.neutral:Neutral` },
  { value: 'hurt', label: $localize`:@@exercise-preview.page.hurt:Hurt partner` },
  { value: 'involved', label: $localize`:@@exercise-preview.page.involved:Partner who broke the trust` },
];

export const VIEW_CHOICES: readonly { readonly value: PreviewView; readonly label: string }[] = [
  { value: 'partner', label: $localize`:@@exercise-preview.page.as-partner:As the partner sees it` },
  { value: 'counselor', label: $localize`:@@exercise-preview.page.as-counselor:As the counselor reads it` },
];

/**
 * Lets staff try the latest version of each exercise in a phone-sized frame, in each
 * perspective, as the partner answers it and as the counselor reads it. Answers stay in this
 * page (per exercise) and are never sent anywhere.
 */
@Component({
  selector: 'app-exercise-preview-page',
  imports: [
    ExerciseForm,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './exercise-preview-page.html',
  styleUrl: './exercise-preview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExercisePreviewPage {
  private readonly library = inject(ExerciseDefinitions);
  /** The built-ins at once; the practice's own (`GET /api/exercises`) once loaded. */
  protected readonly builtIns = this.library.builtIns();
  private readonly assignable = rxResource({ stream: () => this.library.assignable() });
  protected readonly own = computed(() => (this.assignable.hasValue() ? this.assignable.value().filter((d) => d.source === 'practice') : []));
  protected readonly ownFailed = computed(() => !!this.assignable.error());
  protected readonly definitions = computed(() => [...this.builtIns, ...this.own()]);
  protected readonly perspectiveChoices = PERSPECTIVE_CHOICES;
  protected readonly viewChoices = VIEW_CHOICES;

  protected readonly selectedKey = signal(this.builtIns[0]?.key ?? '');
  protected readonly perspective = signal<Perspective>('unspecified');
  protected readonly view = signal<PreviewView>('partner');

  protected readonly definition = computed(
    () => this.definitions().find((definition) => definition.key === this.selectedKey()) ?? null,
  );

  private readonly answersByKey = signal<Readonly<Record<string, Answers>>>({});
  protected readonly answers = computed(() => this.answersByKey()[this.selectedKey()] ?? {});
  protected readonly hasAnswers = computed(() => Object.keys(this.answers()).length > 0);

  /** After "Check as if submitting", the errors follow the answers as they are corrected. */
  private readonly checked = signal(false);
  private readonly validation = computed(() => {
    const definition = this.definition();
    return this.checked() && definition ? validateAnswers(definition, this.answers(), 'submit', pageLocale()) : null;
  });
  protected readonly errors = computed(() => {
    const validation = this.validation();
    return validation && !validation.ok ? validation.errors : [];
  });
  protected readonly readyToSubmit = computed(() => this.validation()?.ok === true);

  protected phoneLabel(title: string): string {
    return $localize`:@@exercise-preview.page.phone-label:Phone preview: ${title}:exercise:`;
  }

  protected selectExercise(key: string): void {
    this.selectedKey.set(key);
    this.checked.set(false);
  }

  protected setAnswers(answers: Answers): void {
    this.answersByKey.update((all) => ({ ...all, [this.selectedKey()]: answers }));
  }

  protected check(): void {
    this.checked.set(true);
  }

  protected clear(): void {
    this.setAnswers({});
    this.checked.set(false);
  }
}
