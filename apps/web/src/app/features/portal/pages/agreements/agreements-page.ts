import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { PortalAgreement } from '@trp/contracts';
import { AppDatePipe } from '@trp/web-ui/date';
import { PortalAgreementsApi } from '../../data/portal-agreements-api';

/** Items of one agreement grouped under their question, in the order shared. */
export function groupedItems(agreement: PortalAgreement): { heading: string; texts: string[] }[] {
  const groups: { heading: string; texts: string[] }[] = [];
  for (const item of agreement.items) {
    const group = groups.find((g) => g.heading === item.heading);
    if (group) group.texts.push(item.text);
    else groups.push({ heading: item.heading, texts: [item.text] });
  }
  return groups;
}

/** "What you agreed": the agreements the counselor shared with both partners, printable. */
@Component({
  selector: 'app-portal-agreements-page',
  imports: [AppDatePipe, MatButtonModule, MatProgressSpinnerModule, RouterLink],
  templateUrl: './agreements-page.html',
  styleUrl: './agreements-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementsPage {
  private readonly api = inject(PortalAgreementsApi);

  protected readonly agreements = rxResource({ stream: () => this.api.list() });
  protected readonly shown = computed(() =>
    this.agreements.hasValue() ? this.agreements.value().items.map((agreement) => ({ agreement, groups: groupedItems(agreement) })) : null,
  );

  protected print(): void {
    window.print();
  }
}
