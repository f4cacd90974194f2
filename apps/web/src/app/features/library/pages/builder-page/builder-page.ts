import { pageLocale } from '@trp/web-ui/i18n';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { Location } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, Injector, input, type OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { type Answers, type FieldType, FOR_YOUR_COUNSELOR_SECTION_ID, type Perspective, validateAnswers } from '@trp/exercises';
import { ExerciseForm } from '@trp/web-ui';
import { map, type Observable, of } from 'rxjs';
import { confirm } from '../../../../core/dialog/confirm-dialog';
import { apiErrorOf, errorMessage, statusOf } from '../../../../core/http/api-error';
import { SessionStore } from '../../../../core/session/session.store';
import { ErrorState } from '../../../../core/ui/error-state';
import { FieldEditor } from '../../components/field-editor/field-editor';
import { type LibraryExercise, LibraryApi, toLibraryExercise } from '../../data/library-api';
import { uidOf } from '../../domain/control-ids';
import {
  addField,
  addSection,
  createDefinitionForm,
  type DefinitionBody,
  FIELD_TYPES,
  fieldTypeLabel,
  loadDefinition,
  moveField,
  moveSection,
  removeField,
  removeSection,
  type SectionForm,
  stepField,
  toBody,
} from '../../domain/definition-form';
import { checkDefinition, closingSection, exportDefinition, exportFileName, parseDefinitionFile, type PathError, previewDefinition, TEXT_LIMITS } from '../../domain/definition-file';
import { mayEdit } from '../../domain/may-edit';
import { applyPathErrors, clearPathErrors, messageOf, serverPathErrors } from '../../domain/path-errors';
import { LIBRARY_PATHS } from '../../library-paths';
import type { HasUnsavedChanges } from '../../unsaved-changes.guard';

export const PREVIEW_PERSPECTIVES: readonly { readonly value: Perspective; readonly label: string }[] = [
  { value: 'unspecified', label: $localize`:@@library.perspective.neutral:Neutral` },
  { value: 'hurt', label: $localize`:@@library.perspective.hurt:Hurt partner` },
  { value: 'involved', label: $localize`:@@library.perspective.involved:Partner who broke the trust` },
];

/** The note after a save, carried to the edit page when a new exercise got its key. */
export function savedNote(version: number): string {
  return version <= 1
    ? $localize`:@@library.builder.saved-first:Saved as version 1. Every counselor of the practice can assign it now.`
    : $localize`:@@library.builder.saved:Saved as version ${version}:version:; assignments made before keep their version.`;
}

/** The part of a saved definition the builder edits: without the closing section the server appends. */
export function editableBody(exercise: LibraryExercise): DefinitionBody {
  return {
    title: exercise.title,
    summary: exercise.summary,
    sections: exercise.sections.filter((section) => section.id !== FOR_YOUR_COUNSELOR_SECTION_ID),
    ...(exercise.scoring && { scoring: exercise.scoring }),
  };
}

/** What a new exercise starts with: one section with one long answer. */
const STARTER: DefinitionBody = { title: '', summary: '', sections: [{ id: 's1', title: '', fields: [{ id: 'q1', type: 'longText', label: '' }] }] };

/** Text entry and selects keep Alt+Arrow for themselves (word and line moves, opening the list). */
const KEEPS_ALT_ARROWS = 'input:not([type="checkbox"]):not([type="radio"]), textarea, mat-select, [role="combobox"]';

/**
 * Builds a practice exercise from the model's field types, with the partners' own renderer as a live preview at
 * phone size. New at `library/new`, an existing one at `library/:key` (saving makes a new version).
 */
@Component({
  selector: 'app-builder-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatRadioModule,
    ExerciseForm,
    ErrorState,
    FieldEditor,
  ],
  templateUrl: './builder-page.html',
  styleUrl: './builder-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class BuilderPage implements OnInit, HasUnsavedChanges {
  /** The route's `:key`; none for a new exercise. */
  readonly key = input<string>();

  private readonly api = inject(LibraryApi);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly paths = LIBRARY_PATHS;
  protected readonly fieldTypes = FIELD_TYPES;
  protected readonly fieldTypeLabel = fieldTypeLabel;
  protected readonly perspectives = PREVIEW_PERSPECTIVES;
  protected readonly textLimits = TEXT_LIMITS;
  protected readonly messageOf = messageOf;
  protected readonly uidOf = uidOf;
  protected readonly closing = closingSection();

  protected readonly form = createDefinitionForm(STARTER);
  /** A new number on every change of the form (values, validity, touched): the template reads it to stay current. */
  protected readonly revision = toSignal(this.form.events.pipe(map((_, index) => index + 1)), { initialValue: 0 });
  protected readonly body = computed(() => {
    this.revision();
    return toBody(this.form);
  });

  protected readonly exercise = signal<LibraryExercise | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** Problems no control owns (a path the form does not have). */
  protected readonly otherErrors = signal<readonly PathError[]>([]);
  protected readonly note = signal<string | null>(null);
  protected readonly importMessage = signal<string | null>(null);
  /** After a 409: the newer version someone else saved while this one was being edited. */
  protected readonly conflict = signal<LibraryExercise | null>(null);
  /** Someone else's exercise (only its author and admin-counselors may change it), or an archived one (it no longer changes). */
  protected readonly readOnly = computed(() => {
    const exercise = this.exercise();
    return exercise !== null && (exercise.archived || !mayEdit(exercise, this.session.user()));
  });
  protected readonly heading = computed(() => (this.key() ? (this.exercise()?.title ?? $localize`:@@library.builder.heading-exercise:Exercise`) : $localize`:@@library.builder.heading-new:New exercise`));
  protected readonly problemCount = computed(() => {
    this.revision();
    return checkDefinition(this.body()).length;
  });

  protected readonly scoringSummary = computed(() => {
    this.revision();
    const scoring = this.form.controls.scoring.value;
    if (!scoring) return '';
    const items = scoring.fields.map((item) => (item.reverse ? $localize`:@@library.builder.scoring-reversed:${item.fieldId}:question: (reversed)` : item.fieldId));
    const bandList = scoring.bands?.map((band) => `${band.min}–${band.max} ${band.label}`).join('; ') ?? '';
    const bands = scoring.bands?.length ? $localize`:@@library.builder.scoring-bands:, read in ${scoring.bands.length}:count: bands (${bandList}:bands:)` : '';
    const list = items.join(', ') || $localize`:@@library.builder.scoring-none:none`;
    return items.length === 1
      ? $localize`:@@library.builder.scoring-one:The score is the sum of 1 scale question: ${list}:questions:${bands}:bands:.`
      : $localize`:@@library.builder.scoring-many:The score is the sum of ${items.length}:count: scale questions: ${list}:questions:${bands}:bands:.`;
  });

  // The preview: the partner's own form, on the draft as it stands.
  protected readonly perspective = signal<Perspective>('unspecified');
  protected readonly previewAnswers = signal<Answers>({});
  protected readonly previewChecked = signal(false);
  protected readonly preview = computed(() => previewDefinition(this.body(), (this.exercise()?.version ?? 0) + (this.form.dirty || !this.exercise() ? 1 : 0)));
  protected readonly previewErrors = computed(() => {
    if (!this.previewChecked()) return [];
    const result = validateAnswers(this.preview(), this.previewAnswers(), 'submit', pageLocale());
    return result.ok ? [] : result.errors;
  });

  /** Ids of every section's question list: a question may be dragged into any section. */
  protected readonly fieldListIds = computed(() => {
    this.revision();
    return this.form.controls.sections.controls.map((section) => this.fieldListId(section));
  });

  constructor() {
    // The builder's own checks run on every change, at the paths the server would name.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.check());
    this.check();
    const state = this.location.getState() as { savedNote?: unknown } | null;
    if (typeof state?.savedNote === 'string') this.note.set(state.savedNote);
  }

  ngOnInit(): void {
    const key = this.key();
    if (key) this.load(key);
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.readOnly();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.hasUnsavedChanges()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  }

  protected load(key: string): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api
      .get(key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (exercise) => {
          this.show(exercise);
          this.loading.set(false);
        },
        error: (failure: unknown) => {
          this.loading.set(false);
          this.loadError.set(
            statusOf(failure) === 404
              ? $localize`:@@library.builder.not-found:This exercise does not exist in your practice’s library.`
              : errorMessage(failure, $localize`:@@library.builder.load-failed:We could not load this exercise.`),
          );
        },
      });
  }

  /** Drops this draft for the version someone else saved (after a 409). */
  protected loadNewest(): void {
    const newest = this.conflict();
    if (!newest) return;
    this.show(newest);
    this.saveError.set(null);
  }

  private show(exercise: LibraryExercise): void {
    this.exercise.set(exercise);
    this.conflict.set(null);
    loadDefinition(this.form, editableBody(exercise));
    this.otherErrors.set([]);
  }

  private check(): void {
    clearPathErrors(this.form, 'client');
    applyPathErrors(this.form, checkDefinition(toBody(this.form)), 'client');
  }

  // --- structure ----------------------------------------------------------------------------------------

  protected fieldListId(section: SectionForm): string {
    return `${uidOf(section)}-fields`;
  }

  protected sectionLabel(kind: 'up' | 'down' | 'remove' | 'questions', index: number): string {
    const n = index + 1;
    switch (kind) {
      case 'up':
        return $localize`:@@library.builder.section-up:Move section ${n}:number: up`;
      case 'down':
        return $localize`:@@library.builder.section-down:Move section ${n}:number: down`;
      case 'remove':
        return $localize`:@@library.builder.section-remove:Remove section ${n}:number:`;
      case 'questions':
        return $localize`:@@library.builder.section-questions:Questions of section ${n}:number:`;
    }
  }

  protected questionLabel(kind: 'up' | 'down' | 'remove', section: number, index: number): string {
    const q = index + 1;
    const s = section + 1;
    switch (kind) {
      case 'up':
        return $localize`:@@library.builder.question-up:Move question ${q}:question: of section ${s}:section: up`;
      case 'down':
        return $localize`:@@library.builder.question-down:Move question ${q}:question: of section ${s}:section: down`;
      case 'remove':
        return $localize`:@@library.builder.question-remove:Remove question ${q}:question: of section ${s}:section:`;
    }
  }

  protected phoneLabel(): string {
    return $localize`:@@library.builder.phone-label:Phone preview: ${this.preview().title}:title:`;
  }

  protected addSection(): void {
    const section = addSection(this.form);
    this.focusLater(`#${uidOf(section)}-title`);
  }

  protected removeSection(index: number): void {
    const section = this.form.controls.sections.at(index);
    const title = section.controls.title.value.trim() || $localize`:@@library.preview.section-n:Section ${index + 1}:number:`;
    removeSection(this.form, index);
    this.offerUndo($localize`:@@library.builder.section-removed:Section “${title}:title:” removed.`, () => this.form.controls.sections.insert(index, section));
    this.focusLater(this.form.controls.sections.length > 0 ? `#${uidOf(this.form.controls.sections.at(Math.min(index, this.form.controls.sections.length - 1)))}-heading` : '#add-section');
  }

  protected stepSection(index: number, step: -1 | 1, event?: Event): void {
    if (event && this.keepsAltArrows(event)) return;
    event?.preventDefault();
    event?.stopPropagation();
    if (!moveSection(this.form, index, index + step)) return;
    this.keepFocus();
    this.announcer.announce(
      $localize`:@@library.builder.section-moved:Section moved to position ${index + step + 1}:position: of ${this.form.controls.sections.length}:count:.`,
    );
  }

  protected addField(sectionIndex: number, type: FieldType): void {
    const field = addField(this.form, sectionIndex, type);
    this.focusLater(`#${uidOf(field)}-label`);
  }

  protected removeField(sectionIndex: number, index: number): void {
    const fields = this.form.controls.sections.at(sectionIndex).controls.fields;
    const field = fields.at(index);
    const label = field.controls.label.value.trim() || $localize`:@@library.preview.question-n:Question ${index + 1}:number:`;
    removeField(this.form, sectionIndex, index);
    this.offerUndo($localize`:@@library.builder.question-removed:Question “${label}:question:” removed.`, () => fields.insert(index, field));
    const next = fields.length > 0 ? fields.at(Math.min(index, fields.length - 1)) : null;
    this.focusLater(next ? `#${uidOf(next)}-heading` : `#${uidOf(this.form.controls.sections.at(sectionIndex))}-add`);
  }

  /** Move buttons and Alt+Arrow: one step, into the neighbouring section past the ends. */
  protected stepField(sectionIndex: number, index: number, step: -1 | 1, event?: Event): void {
    if (event && this.keepsAltArrows(event)) return;
    event?.preventDefault();
    event?.stopPropagation();
    const to = stepField(this.form, { section: sectionIndex, index }, step);
    if (!to) return;
    this.keepFocus();
    const count = this.form.controls.sections.at(to.section).controls.fields.length;
    this.announcer.announce(
      to.section === sectionIndex
        ? $localize`:@@library.builder.question-moved:Question moved to position ${to.index + 1}:position: of ${count}:count:.`
        : $localize`:@@library.builder.question-moved-section:Question moved to position ${to.index + 1}:position: of ${count}:count: in section ${to.section + 1}:section:.`,
    );
  }

  protected dropSection(event: CdkDragDrop<unknown>): void {
    if (moveSection(this.form, event.previousIndex, event.currentIndex)) {
      this.announcer.announce($localize`:@@library.builder.section-dropped:Section moved to position ${event.currentIndex + 1}:position:.`);
    }
  }

  protected dropField(event: CdkDragDrop<number>): void {
    const from = { section: event.previousContainer.data, index: event.previousIndex };
    const to = { section: event.container.data, index: event.currentIndex };
    if (moveField(this.form, from, to)) this.announcer.announce(
        $localize`:@@library.builder.question-dropped:Question moved to position ${to.index + 1}:position: in section ${to.section + 1}:section:.`,
      );
  }

  /** Below the editor on narrow screens: straight there. */
  protected showPreview(): void {
    this.focusLater('#preview-heading');
  }

  protected removeScoring(): void {
    this.form.controls.scoring.setValue(null);
    this.form.markAsDirty();
  }

  protected isFirstField(sectionIndex: number, index: number): boolean {
    return sectionIndex === 0 && index === 0;
  }

  protected isLastField(sectionIndex: number, index: number): boolean {
    const sections = this.form.controls.sections;
    return sectionIndex === sections.length - 1 && index === sections.at(sectionIndex).controls.fields.length - 1;
  }

  // --- save, import, export -----------------------------------------------------------------------------

  protected save(): void {
    if (this.saving() || this.readOnly()) return;
    this.note.set(null);
    this.saveError.set(null);
    this.otherErrors.set([]);
    this.check();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveError.set(
        this.problemCount() === 1
          ? $localize`:@@library.builder.check-one:Please check the highlighted place before saving.`
          : $localize`:@@library.builder.check-many:Please check the highlighted places before saving.`,
      );
      this.focusLater('[aria-invalid="true"], .group-error');
      return;
    }
    const body = toBody(this.form);
    const key = this.key();
    this.saving.set(true);
    const edited = this.exercise();
    (key && edited ? this.api.update(key, { ...body, scoring: body.scoring ?? null, version: edited.version }) : this.api.create(body)).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.show(saved);
        const note = savedNote(saved.version);
        if (key) {
          this.note.set(note);
          this.announcer.announce(note);
        } else {
          void this.router.navigateByUrl(LIBRARY_PATHS.edit(saved.key), { replaceUrl: true, state: { savedNote: note } });
        }
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        const errors = serverPathErrors(failure);
        const current = statusOf(failure) === 409 ? (apiErrorOf(failure) as { current?: unknown } | null)?.current : undefined;
        if (current) {
          // Someone saved a newer version meanwhile: keep this draft on screen, offer the newest one.
          this.conflict.set(toLibraryExercise(current));
          this.saveError.set(errorMessage(failure, $localize`:@@library.builder.conflict:Someone saved a newer version of this exercise.`));
        } else if (errors.length > 0) {
          const leftovers = applyPathErrors(this.form, errors, 'server');
          this.otherErrors.set(leftovers);
          this.saveError.set(
            leftovers.length === errors.length
              ? $localize`:@@library.builder.server-failed:The server could not save the exercise:`
              : $localize`:@@library.builder.server-check:Please check the highlighted places: the server could not save the exercise.`,
          );
          this.focusLater('[aria-invalid="true"], .group-error, .other-errors');
        } else {
          this.saveError.set(
            errorMessage(failure, $localize`:@@library.builder.save-failed:We could not save the exercise just now. Your changes are still here: please try again.`),
          );
        }
      },
    });
  }

  protected export(): void {
    const body = this.readOnly() && this.exercise() ? editableBody(this.exercise() as LibraryExercise) : toBody(this.form);
    const blob = new Blob([exportDefinition(body)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(body.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  protected async import(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseDefinitionFile(await file.text());
    if (!result.ok) {
      this.importMessage.set(result.message);
      return;
    }
    this.replaceWith(result.body).subscribe((replaced) => {
      if (!replaced) return;
      const title = result.body.title || file.name;
      this.importMessage.set(
        result.body.scoring
          ? $localize`:@@library.builder.imported-scored:Imported “${title}:title:” with its scoring. Check it in the preview, then save.`
          : $localize`:@@library.builder.imported:Imported “${title}:title:”. Check it in the preview, then save.`,
      );
    });
  }

  private replaceWith(body: DefinitionBody): Observable<boolean> {
    const ask = this.form.dirty
      ? confirm(this.dialog, {
          title: $localize`:@@library.builder.replace-title:Replace this exercise?`,
          message: $localize`:@@library.builder.replace-text:The file replaces everything on this page, including changes not saved yet. Nothing is saved until you save.`,
          confirmLabel: $localize`:@@library.builder.replace:Replace`,
        })
      : of(true);
    return ask.pipe(
      map((confirmed) => {
        if (!confirmed) return false;
        loadDefinition(this.form, body);
        this.form.markAsDirty();
        this.form.markAllAsTouched();
        this.previewAnswers.set({});
        return true;
      }),
    );
  }

  // --- focus and announcements --------------------------------------------------------------------------

  private keepsAltArrows(event: Event): boolean {
    return event.target instanceof Element && event.target.closest(KEEPS_ALT_ARROWS) !== null;
  }

  /** A moved element loses focus when the DOM moves it: give it back. */
  private keepFocus(): void {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return;
    afterNextRender(() => active.isConnected && active.focus(), { injector: this.injector });
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () => {
        const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
        target?.scrollIntoView?.({ block: 'center' });
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  private offerUndo(message: string, undo: () => void): void {
    this.snackBar
      .open(message, $localize`:@@library.builder.undo:Undo`, { duration: 8000 })
      .onAction()
      .subscribe(() => {
        undo();
        this.form.markAsDirty();
      });
  }
}
