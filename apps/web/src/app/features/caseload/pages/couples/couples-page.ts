import { ChangeDetectionStrategy, Component, computed, inject, Injector, linkedSignal, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { CoupleStatus, PartnerView } from '@trp/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { EmptyState } from '../../../../core/ui/empty-state';
import { ErrorState } from '../../../../core/ui/error-state';
import { CASELOAD_PATHS } from '../../caseload-paths';
import { openAddCoupleDialog } from '../../components/add-couple-dialog/open-add-couple-dialog';
import { LoadingState } from '../../components/loading-state';
import { CouplesApi } from '../../data/couples-api';
import { linkStateLabel, perspectiveLabel } from '../../domain/labels';

export const COUPLES_PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;

/** The counselor's couples: search, active/archived, page by page, and "Add a couple". */
@Component({
  selector: 'app-couples-page',
  imports: [RouterLink, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatIconModule, MatInputModule, EmptyState, ErrorState, LoadingState],
  templateUrl: './couples-page.html',
  styleUrl: './couples-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouplesPage {
  private readonly api = inject(CouplesApi);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);

  protected readonly paths = CASELOAD_PATHS;
  protected readonly search = signal('');
  /** Which couples to list: the active ones (the working caseload, the default), the archived ones, or all. */
  protected readonly status = signal<CoupleStatus | 'all'>('active');
  private readonly debouncedSearch = toSignal(toObservable(this.search).pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged()), {
    initialValue: '',
  });
  private readonly query = computed(() => ({ search: this.debouncedSearch().trim(), status: this.status() }));
  protected readonly statusLabel = (status: CoupleStatus): string => (status === 'archived' ? $localize`:@@caseload.couples.status-archived:Archived` : $localize`:@@caseload.couples.status-active:Active`);

  /** The cursors of the pages walked through; a new search or filter starts again at the first page. */
  private readonly cursors = linkedSignal<{ search: string; status: CoupleStatus | 'all' }, readonly (string | undefined)[]>({
    source: this.query,
    computation: () => [undefined],
  });
  protected readonly pageNumber = computed(() => this.cursors().length);

  protected readonly couples = rxResource({
    params: () => ({ ...this.query(), cursor: this.cursors()[this.cursors().length - 1] }),
    stream: ({ params: { status, ...params } }) => this.api.list({ ...params, ...(status !== 'all' && { status }), limit: COUPLES_PAGE_SIZE }),
  });
  protected readonly page = computed(() => (this.couples.hasValue() ? this.couples.value() : null));
  protected readonly filtered = computed(() => this.query().search !== '');

  protected readonly perspectiveLabel = perspectiveLabel;
  protected readonly linkStateLabel = linkStateLabel;

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected clearSearch(): void {
    this.search.set('');
  }

  protected next(): void {
    const cursor = this.page()?.nextCursor;
    if (cursor) this.cursors.update((list) => [...list, cursor]);
  }

  protected previous(): void {
    this.cursors.update((list) => (list.length > 1 ? list.slice(0, -1) : list));
  }

  protected partnerSummary(partner: PartnerView): string {
    return $localize`:@@caseload.couples.partner-summary:${partner.displayName}:name: (${perspectiveLabel(partner.perspective)}:perspective:) · link: ${linkStateLabel(partner.link.state).toLowerCase()}:link:`;
  }

  protected addCouple(): void {
    openAddCoupleDialog(this.injector).subscribe((couple) => {
      if (couple) void this.router.navigateByUrl(CASELOAD_PATHS.couple(couple.id));
    });
  }
}
