import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AppDatePipe } from '@trp/web-ui/date';
import { MAIL_STATUSES, MailLogItem, MailLogQuery, MailStatus } from '@trp/contracts';
import { filter, switchMap } from 'rxjs';
import { confirm } from '../../../core/dialog/confirm-dialog';
import { errorMessage } from '../../../core/http/api-error';
import { EmptyState } from '../../../core/ui/empty-state';
import { ErrorState } from '../../../core/ui/error-state';
import { mailKindLabel, mailStatusLabel } from '../components/mail-labels';
import { MailApi } from '../data/mail-api';
import { PagedList } from '../data/paged-list';

export const MAIL_PAGE_SIZE = 50;

type MailFilters = Pick<MailLogQuery, 'status'>;

/** Every mail the practice sent or tried to send, newest first: status, tries, last error, and "send again". */
@Component({
  selector: 'app-mail-log-page',
  imports: [AppDatePipe, MatFormFieldModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule, EmptyState, ErrorState],
  templateUrl: './mail-log-page.html',
  styleUrls: ['./admin-page.scss', './mail-log-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailLogPage {
  private readonly api = inject(MailApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly statuses = MAIL_STATUSES.map((value) => ({ value, label: mailStatusLabel(value) }));
  protected readonly kindLabel = mailKindLabel;
  protected readonly statusLabel = mailStatusLabel;

  protected sendAgainLabel(to: string): string {
    return $localize`:@@admin.mail.sendAgainTo:Send again to ${to}:to:`;
  }
  /** The mail whose retry is on its way (its button is disabled meanwhile). */
  protected readonly retrying = signal<string | null>(null);

  protected readonly mails = new PagedList<MailLogItem, MailFilters>(
    (query, cursor) => this.api.mails({ ...query, limit: MAIL_PAGE_SIZE, cursor }),
    {},
    $localize`:@@admin.mail.weCouldNotLoad:We could not load the mail log. Please try again.`,
  );

  /** The action column is there only when a mail on this page can be sent again (room for addresses on a phone). */
  protected readonly hasFailed = computed(() => this.mails.items().some((mail) => mail.status === 'failed'));

  constructor() {
    this.mails.load();
    inject(DestroyRef).onDestroy(() => this.mails.destroy());
  }

  protected setStatus(status: MailStatus | ''): void {
    this.mails.setQuery(status ? { status } : {});
  }

  protected retry(mail: MailLogItem): void {
    confirm(this.dialog, {
      title: $localize`:@@admin.mail.sendThisMailAgain:Send this mail again?`,
      message: [
        $localize`:@@admin.mail.itGoesBackOn:It goes back on the queue for ${mail.to}:to: and is sent in the next minute or so.`,
        $localize`:@@admin.mail.ifTheAddressItself:If the address itself is wrong, correct it first and send a new invitation or link instead.`,
      ],
      confirmLabel: $localize`:@@admin.mail.sendAgain:Send again`,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.retrying.set(mail.id);
          return this.api.retry(mail.id);
        }),
      )
      .subscribe({
        next: (updated) => {
          this.retrying.set(null);
          this.mails.replace((item) => item.id === updated.id, updated);
          this.snackBar.open($localize`:@@admin.mail.theMailToIs:The mail to ${mail.to}:to: is on its way again.`, $localize`:@@admin.dismiss:Dismiss`, { duration: 6000 });
        },
        error: (failure: unknown) => {
          this.retrying.set(null);
          this.snackBar.open(errorMessage(failure, $localize`:@@admin.mail.weCouldNotSend:We could not send it again just now. Please try again.`), $localize`:@@admin.dismiss:Dismiss`, { politeness: 'assertive' });
          this.mails.load();
        },
      });
  }
}
