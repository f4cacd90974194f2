import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { AppDatePipe } from '@trp/web-ui/date';
import type { IssuedInviteLink, PartnerView } from '@trp/contracts';
import type { IconName } from '@trp/web-ui';
import { linkStateLabel, localeName, perspectiveLabel } from '../../domain/labels';
import { reminderState } from '../../domain/reminder-state';

/** Invite-link states in which the partner's current link still works. */
const LIVE_STATES = new Set(['never_opened', 'opened']);

/**
 * One partner's invite link: its state in words, whether they get reminders, and the actions (create / create a new one, email,
 * revoke). A freshly issued URL is shown once, with a copy button. The page confirms and calls the API.
 */
@Component({
  selector: 'app-invite-link-card',
  imports: [ClipboardModule, AppDatePipe, MatButtonModule, MatIconModule],
  templateUrl: './invite-link-card.html',
  styleUrl: './invite-link-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteLinkCard {
  readonly partner = input.required<PartnerView>();
  /** The link just issued for this partner (shown only until the page is left). */
  readonly issued = input<IssuedInviteLink | null>(null);
  /** An action for this partner is under way. */
  readonly busy = input(false);
  /** The couple is archived: no new links. */
  readonly archived = input(false);
  /** The practice sends partners reminders (its setting). */
  readonly practiceReminders = input(true);

  readonly create = output<void>();
  readonly email = output<void>();
  readonly revoke = output<void>();

  protected readonly copied = signal(false);
  protected readonly state = computed(() => this.partner().link.state);
  protected readonly stateLabel = computed(() => linkStateLabel(this.state()));
  protected readonly live = computed(() => LIVE_STATES.has(this.state()));
  /** Whether this partner gets reminder emails, and why not. */
  protected readonly reminders = computed(() => reminderState(this.partner(), this.practiceReminders()));
  protected readonly perspective = computed(() => perspectiveLabel(this.partner().perspective));
  /** The partner's language, by its own name (e.g. "Español"). */
  protected readonly language = computed(() => localeName(this.partner().locale));
  protected readonly stateIcon = computed<IconName>(() => {
    switch (this.state()) {
      case 'opened':
        return 'mark_email_read';
      case 'never_opened':
        return 'schedule_send';
      case 'expired':
        return 'timer_off';
      case 'revoked':
        return 'link_off';
      default:
        return 'link';
    }
  });

  protected readonly linkLabel = computed(() => $localize`:@@caseload.invite.link-label:Invite link for ${this.partner().displayName}:name:`);

  protected onCopied(done: boolean): void {
    this.copied.set(done);
  }
}
