import { ChangeDetectionStrategy, Component, DestroyRef, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { AppDatePipe } from '@trp/web-ui/date';
import { API_ROUTES, AUDIT_ACTIONS, AuditEvent, AuditQuery } from '@trp/contracts';
import { EmptyState } from '../../../core/ui/empty-state';
import { ErrorState } from '../../../core/ui/error-state';
import { actionLabel, actorText, detailsText, shortId, targetText } from '../components/audit-labels';
import { AuditApi } from '../data/audit-api';
import { PagedList } from '../data/paged-list';

export const AUDIT_PAGE_SIZE = 50;

type AuditFilters = Pick<AuditQuery, 'action' | 'coupleId' | 'from' | 'to'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who did what and when, newest first, filtered by action, couple and dates. The couple filter is the "accounting of
 * disclosures": who viewed, exported, changed or erased one couple's records (a row's "Only this couple", or its ID).
 */
@Component({
  selector: 'app-audit-log-page',
  imports: [
    AppDatePipe,
    MatTableModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    EmptyState,
    ErrorState,
  ],
  templateUrl: './audit-log-page.html',
  styleUrls: ['./admin-page.scss', './audit-log-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);

  protected readonly actions = AUDIT_ACTIONS.map((value) => ({ value, label: actionLabel(value) }));
  protected readonly columns = ['occurredAt', 'actor', 'action', 'outcome', 'target', 'details'];
  protected readonly actionLabel = actionLabel;
  protected readonly actorText = actorText;
  protected readonly detailsText = detailsText;
  protected readonly targetText = targetText;
  protected readonly shortId = shortId;
  protected readonly coupleError = signal<string | null>(null);
  protected readonly locale = inject(LOCALE_ID);

  protected outcomeLabel(outcome: string): string {
    if (outcome === 'success') return $localize`:@@admin.audit.outcomeSuccess:Success`;
    return outcome === 'failure' ? $localize`:@@admin.audit.outcomeFailed:Failed` : $localize`:@@admin.audit.outcomeDenied:Denied`;
  }

  protected readonly events = new PagedList<AuditEvent, AuditFilters>(
    (query, cursor) => this.api.events({ ...query, limit: AUDIT_PAGE_SIZE, cursor }),
    {},
    $localize`:@@admin.audit.loadFailed:We could not load the audit log. Please try again.`,
  );
  protected readonly filtered = computed(() => {
    const query = this.events.query();
    return !!(query.action || query.coupleId || query.from || query.to);
  });
  /** The log between the chosen dates (every action; one couple's when chosen) as CSV: a plain download with the session cookie. */
  protected readonly csvUrl = computed(() => {
    const { from, to, coupleId } = this.events.query();
    const params = new URLSearchParams({ ...(from && { from }), ...(to && { to }), ...(coupleId && { coupleId }) }).toString();
    return `${API_ROUTES.admin.auditCsv}${params ? `?${params}` : ''}`;
  });
  /** A "from" after "to" would find nothing: say so instead of asking. */
  protected readonly rangeError = computed(() => {
    const { from, to } = this.events.query();
    return from && to && from > to ? $localize`:@@admin.audit.rangeError:The "from" date is after the "to" date.` : null;
  });

  constructor() {
    this.events.load();
    inject(DestroyRef).onDestroy(() => this.events.destroy());
  }

  protected setAction(action: string): void {
    this.events.patchQuery({ action: action || undefined });
  }

  protected setDate(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.events.patchQuery({ [which]: value || undefined });
  }

  /** From the couple field: a couple's ID (as a row's "Only this couple" sets it), or empty for every couple. */
  protected setCoupleText(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    if (value && !UUID.test(value)) {
      this.coupleError.set($localize`:@@admin.audit.coupleIdError:A couple ID looks like 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed. Use “Only this couple” on an entry to fill it in.`);
      return;
    }
    this.setCouple(value || undefined);
  }

  protected setCouple(coupleId: string | undefined): void {
    this.coupleError.set(null);
    this.events.patchQuery({ coupleId: coupleId?.toLowerCase() });
  }

  protected clearFilters(): void {
    this.coupleError.set(null);
    this.events.setQuery({});
  }
}
