import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AGREEMENT_ITEM_MAX_LENGTH, type AgreementDecision, type AgreementItemView, type AgreementView, type PartnerView } from '@trp/contracts';
import { type ExerciseDefinition, getField } from '@trp/exercises';
import { AppDatePipe } from '@trp/web-ui/date';
import type { Observable } from 'rxjs';
import { errorMessage, statusOf } from '../../../../core/http/api-error';
import { ErrorState } from '../../../../core/ui/error-state';
import { AgreementsApi } from '../../data/agreements-api';
import { LoadingState } from '../loading-state';

export const DECISION_CHOICES: readonly { readonly value: AgreementDecision; readonly label: string }[] = [
  { value: 'agreed', label: $localize`:@@caseload.agreement.agreed:Agreed` },
  { value: 'discuss', label: $localize`:@@caseload.agreement.discuss:Discuss in session` },
  { value: 'not_agreed', label: $localize`:@@caseload.agreement.not-agreed:Not agreed` },
];

/** Who wrote an item, in words: both partners, or one by name. */
export function authorsOf(item: Pick<AgreementItemView, 'from'>, partners: readonly Pick<PartnerView, 'id' | 'displayName'>[]): string {
  if (item.from.length >= 2) return $localize`:@@caseload.agreement.both-wrote:Both wrote this`;
  const partner = partners.find((p) => p.id === item.from[0]);
  const name = partner?.displayName ?? $localize`:@@caseload.agreement.one-partner:one partner`;
  return $localize`:@@caseload.agreement.from:From ${name}:name:`;
}

/**
 * The draft agreement of a boundaries exercise: both partners' items merged, the counselor's decision on each
 * (agreed / discuss in session / not agreed), rewording, and sharing the agreed items with both partners.
 */
@Component({
  selector: 'app-agreement-panel',
  imports: [AppDatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorState, LoadingState],
  templateUrl: './agreement-panel.html',
  styleUrl: './agreement-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementPanel {
  readonly assignmentId = input.required<string>();
  readonly definition = input.required<ExerciseDefinition>();
  readonly partners = input.required<readonly Pick<PartnerView, 'id' | 'displayName'>[]>();

  private readonly api = inject(AgreementsApi);

  protected readonly choices = DECISION_CHOICES;
  protected readonly maxLength = AGREEMENT_ITEM_MAX_LENGTH;
  protected readonly loaded = rxResource({ params: () => this.assignmentId(), stream: ({ params }) => this.api.get(params) });
  /** The latest answer of an action, else what was loaded. */
  private readonly latest = signal<AgreementView | null>(null);
  protected readonly agreement = computed(() => this.latest() ?? (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly waiting = computed(() => statusOf(this.loaded.error()) === 409);

  protected readonly groups = computed(() => {
    const agreement = this.agreement();
    if (!agreement) return [];
    const groups: { fieldId: string; heading: string; items: (AgreementItemView & { authors: string })[] }[] = [];
    for (const item of agreement.items) {
      let group = groups.find((g) => g.fieldId === item.fieldId);
      if (!group) {
        group = { fieldId: item.fieldId, heading: getField(this.definition(), item.fieldId)?.label ?? item.fieldId, items: [] };
        groups.push(group);
      }
      group.items.push({ ...item, authors: authorsOf(item, this.partners()) });
    }
    return groups;
  });
  protected readonly agreedCount = computed(() => this.agreement()?.items.filter((item) => item.decision === 'agreed').length ?? 0);

  protected readonly busy = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly draftText = signal('');
  protected readonly message = signal('');

  protected decide(item: AgreementItemView, decision: AgreementDecision): void {
    this.run(this.api.update(this.assignmentId(), item.id, { decision }), $localize`:@@caseload.agreement.saved:Saved.`, $localize`:@@caseload.agreement.decision-error:We could not save this decision.`);
  }

  protected startEdit(item: AgreementItemView): void {
    this.editing.set(item.id);
    this.draftText.set(item.text);
  }

  protected saveEdit(item: AgreementItemView): void {
    const text = this.draftText().trim();
    if (text === '') return;
    this.run(this.api.update(this.assignmentId(), item.id, { text }), $localize`:@@caseload.agreement.wording-saved:The new wording is saved.`, $localize`:@@caseload.agreement.wording-error:We could not save the new wording.`, () =>
      this.editing.set(null),
    );
  }

  protected share(): void {
    this.run(this.api.share(this.assignmentId()), $localize`:@@caseload.agreement.shared:Shared with both partners.`, $localize`:@@caseload.agreement.share-error:We could not share the agreement.`);
  }

  private run(request: Observable<AgreementView>, success: string, failure: string, then?: () => void): void {
    this.busy.set(true);
    request.subscribe({
      next: (view) => {
        this.latest.set(view);
        this.busy.set(false);
        this.message.set(success);
        then?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.message.set(errorMessage(error, failure));
      },
    });
  }
}
