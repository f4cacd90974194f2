import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CreatedInvitation, Invitation, PAGE_LIMIT, ROLES, Role, USER_STATUSES, User, UserListQuery, UserSort, UserStatus } from '@trp/contracts';
import { Observable, debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';
import { confirm } from '../../../core/dialog/confirm-dialog';
import { errorMessage } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { StaffNotices } from '../../../core/notices/staff-notices';
import { EmptyState } from '../../../core/ui/empty-state';
import { ErrorState } from '../../../core/ui/error-state';
import { InvitationLinkDialog } from '../components/invitation-link-dialog';
import { InviteDialog } from '../components/invite-dialog';
import { OrphanedCouples } from '../components/orphaned-couples';
import { PendingInvitations } from '../components/pending-invitations';
import { DeactivateCounselorData, DeactivateCounselorDialog, DeactivateCounselorResult } from '../components/reassign-dialogs';
import { ROLE_LABELS, STATUS_LABELS } from '../components/role-labels';
import { RolesDialog } from '../components/roles-dialog';
import { UserAction, UsersTable } from '../components/users-table';
import { AccountsApi } from '../data/accounts-api';
import { CouplesAdminApi } from '../data/couples-admin-api';
import { PagedList } from '../data/paged-list';

export const USERS_PAGE_SIZE = 20;
const DIALOG_SIZE = { width: '520px', maxWidth: 'calc(100vw - 32px)' } as const;

type UserFilters = Omit<UserListQuery, 'limit' | 'cursor'>;

/** The practice's accounts: invite, pending invitations, and per person roles, deactivation and MFA reset. */
@Component({
  selector: 'app-accounts-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    UsersTable,
    PendingInvitations,
    OrphanedCouples,
    StaffNotices,
    EmptyState,
    ErrorState,
  ],
  templateUrl: './accounts-page.html',
  styleUrl: './admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly api = inject(AccountsApi);
  private readonly couplesApi = inject(CouplesAdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);

  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly sorts: readonly { value: UserSort; label: string }[] = [
    { value: 'displayName', label: $localize`:@@admin.accounts.nameAZ:Name (A–Z)` },
    { value: 'email', label: $localize`:@@admin.accounts.emailAZ:Email (A–Z)` },
    { value: 'createdAt', label: $localize`:@@admin.accounts.newestFirst:Newest first` },
  ];
  protected readonly currentUserId = computed(() => this.session.user()?.id ?? null);

  protected readonly users = new PagedList<User, UserFilters>(
    (query, cursor) => this.api.users({ ...query, limit: USERS_PAGE_SIZE, cursor }),
    { sort: 'displayName' },
    $localize`:@@admin.accounts.weCouldNotLoad:We could not load the accounts. Please try again.`,
  );
  protected readonly invitations = new PagedList<Invitation, object>(
    (_query, cursor) => this.api.invitations({ limit: PAGE_LIMIT.default, cursor }),
    {},
    $localize`:@@admin.accounts.weCouldNotLoad2:We could not load the pending invitations. Please try again.`,
  );
  protected readonly filtered = computed(() => {
    const query = this.users.query();
    return !!(query.search || query.role || query.status);
  });

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly orphaned = viewChild(OrphanedCouples);

  constructor() {
    this.users.load();
    this.invitations.load();
    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((search) => this.users.patchQuery({ search: search.trim() || undefined }));
    inject(DestroyRef).onDestroy(() => {
      this.users.destroy();
      this.invitations.destroy();
    });
  }

  protected setRole(role: Role | ''): void {
    this.users.patchQuery({ role: role || undefined });
  }

  protected setStatus(status: UserStatus | ''): void {
    this.users.patchQuery({ status: status || undefined });
  }

  protected setSort(sort: UserSort): void {
    this.users.patchQuery({ sort });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.users.setQuery({ sort: this.users.query().sort });
  }

  protected invite(): void {
    this.dialog
      .open<InviteDialog, void, CreatedInvitation | undefined>(InviteDialog, { ...DIALOG_SIZE, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.invitations.load();
        this.users.load();
      });
  }

  protected resend(invitation: Invitation): void {
    this.api.resendInvitation(invitation.id).subscribe({
      next: (created) => {
        this.invitations.load();
        this.dialog.open(InvitationLinkDialog, { ...DIALOG_SIZE, data: created, disableClose: true });
      },
      error: (failure: unknown) => this.tell(errorMessage(failure, $localize`:@@admin.accounts.weCouldNotResend:We could not resend the invitation. Please try again.`), true),
    });
  }

  protected revoke(invitation: Invitation): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.accounts.withdrawThisInvitation:Withdraw this invitation?`,
        message: $localize`:@@admin.accounts.theInvitationLinkSent:The invitation link sent to ${invitation.email}:email: stops working at once. You can invite them again later.`,
        confirmLabel: $localize`:@@admin.accounts.withdrawInvitation:Withdraw invitation`,
        destructive: true,
      },
      () => this.api.revokeInvitation(invitation.id),
      $localize`:@@admin.accounts.theInvitationToWas:The invitation to ${invitation.email}:email: was withdrawn.`,
      () => {
        this.invitations.load();
        this.users.load();
      },
    );
  }

  protected onAction({ action, user }: { action: UserAction; user: User }): void {
    const name = user.displayName || user.email;
    switch (action) {
      case 'roles':
        this.dialog
          .open<RolesDialog, User, User>(RolesDialog, { ...DIALOG_SIZE, data: user })
          .afterClosed()
          .subscribe((updated) => {
            if (!updated) return;
            this.users.replace((u) => u.id === updated.id, updated);
            this.tell($localize`:@@admin.accounts.rolesOfSaved:Roles of ${name}:name: saved.`);
          });
        return;
      case 'deactivate':
        if (user.roles.includes('counselor')) {
          this.deactivateCounselor(user, name);
          return;
        }
        this.confirmThen(
          {
            title: $localize`:@@admin.accounts.deactivate:Deactivate ${name}:name:?`,
            message: [
              $localize`:@@admin.accounts.isSignedOutEverywhere:${name}:name: is signed out everywhere at once and can no longer sign in.`,
              $localize`:@@admin.accounts.theirAccountAndWork:Their account and work stay in the practice; you can reactivate them later.`,
            ],
            confirmLabel: $localize`:@@admin.accounts.deactivate2:Deactivate ${name}:name:`,
            destructive: true,
          },
          () => this.api.updateUser(user.id, { status: 'deactivated' }),
          $localize`:@@admin.accounts.wasDeactivated:${name}:name: was deactivated.`,
          (updated) => this.users.replace((u) => u.id === user.id, updated as User),
        );
        return;
      case 'reactivate':
        this.confirmThen(
          {
            title: $localize`:@@admin.accounts.reactivate:Reactivate ${name}:name:?`,
            message: $localize`:@@admin.accounts.canSignInAgain:${name}:name: can sign in again with their password, with the roles they had.`,
            confirmLabel: $localize`:@@admin.accounts.reactivate2:Reactivate ${name}:name:`,
          },
          () => this.api.updateUser(user.id, { status: 'active' }),
          $localize`:@@admin.accounts.wasReactivated:${name}:name: was reactivated.`,
          (updated) => this.users.replace((u) => u.id === user.id, updated as User),
        );
        return;
      case 'password-reset':
        this.confirmThen(
          {
            title: $localize`:@@admin.accounts.sendAPasswordReset:Send ${name}:name: a password reset?`,
            message: [
              $localize`:@@admin.accounts.weEmailALink:We email ${user.email}:email: a link to choose a new password. It works for one hour and only once.`,
              $localize`:@@admin.accounts.theirCurrentPasswordKeeps:Their current password keeps working until they use the link; then they are signed out everywhere.`,
            ],
            confirmLabel: $localize`:@@admin.accounts.sendTheLink:Send the link`,
          },
          () => this.api.sendPasswordReset(user.id),
          $localize`:@@admin.accounts.aPasswordResetLink:A password reset link was sent to ${user.email}:email:.`,
          () => undefined,
        );
        return;
      case 'reset-mfa':
        this.confirmThen(
          {
            title: $localize`:@@admin.accounts.resetTwoStepSign:Reset two-step sign-in for ${name}:name:?`,
            message: [
              $localize`:@@admin.accounts.sAuthenticatorAppAnd:${name}:name:'s authenticator app and recovery codes stop working, and they are signed out everywhere.`,
              $localize`:@@admin.accounts.theySignInWith:They sign in with their password alone until they set up two-step sign-in again. Do this only when you are sure it is really them asking, for example after they lost their phone.`,
            ],
            confirmLabel: $localize`:@@admin.accounts.resetTwoStepSign2:Reset two-step sign-in`,
            destructive: true,
          },
          () => this.api.resetMfa(user.id),
          $localize`:@@admin.accounts.twoStepSignIn:Two-step sign-in of ${name}:name: was reset.`,
          () => this.users.load(),
        );
        return;
    }
  }

  /** A counselor who still holds couples: ask what happens to them (give them all to someone, or leave them listed). */
  private deactivateCounselor(user: User, name: string): void {
    this.couplesApi.coupleCount(user.id).subscribe({
      next: (count) => {
        if (count.active + count.archived === 0) {
          this.confirmThen(
            {
              title: $localize`:@@admin.accounts.deactivate:Deactivate ${name}:name:?`,
              message: [$localize`:@@admin.accounts.isSignedOutEverywhere:${name}:name: is signed out everywhere at once and can no longer sign in.`, $localize`:@@admin.accounts.theyHaveNoCouples:They have no couples. You can reactivate them later.`],
              confirmLabel: $localize`:@@admin.accounts.deactivate2:Deactivate ${name}:name:`,
              destructive: true,
            },
            () => this.api.updateUser(user.id, { status: 'deactivated' }),
            $localize`:@@admin.accounts.wasDeactivated:${name}:name: was deactivated.`,
            (updated) => this.users.replace((u) => u.id === user.id, updated as User),
          );
          return;
        }
        this.dialog
          .open<DeactivateCounselorDialog, DeactivateCounselorData, DeactivateCounselorResult>(DeactivateCounselorDialog, {
            ...DIALOG_SIZE,
            data: { user, count },
            autoFocus: 'first-tabbable',
          })
          .afterClosed()
          .subscribe((result) => {
            if (!result) return;
            this.users.replace((u) => u.id === user.id, result.user);
            this.orphaned()?.load();
            const count = result.reassigned;
            const moved =
              count === 1
                ? $localize`:@@admin.accounts.deactivatedOneMoved:${name}:name: was deactivated; 1 couple was given to another counselor.`
                : $localize`:@@admin.accounts.deactivatedManyMoved:${name}:name: was deactivated; ${count}:count: couples were given to another counselor.`;
            this.tell(count ? moved : $localize`:@@admin.accounts.wasDeactivatedTheirCouples:${name}:name: was deactivated. Their couples are listed under “Couples without an active counselor”.`);
          });
      },
      error: (failure: unknown) => this.tell(errorMessage(failure, $localize`:@@admin.accounts.weCouldNotCheck:We could not check their couples just now. Please try again.`), true),
    });
  }

  private confirmThen(
    data: Parameters<typeof confirm>[1],
    request: () => Observable<unknown>,
    success: string,
    after: (answer: unknown) => void,
  ): void {
    confirm(this.dialog, data)
      .pipe(
        filter(Boolean),
        switchMap(() => request()),
      )
      .subscribe({
        next: (answer) => {
          after(answer);
          this.tell(success);
        },
        error: (failure: unknown) => this.tell(errorMessage(failure, $localize`:@@admin.accounts.thatDidNotWork:That did not work just now. Please try again.`), true),
      });
  }

  /** Success notices go away on their own; a refusal stays until dismissed. */
  private tell(message: string, failed = false): void {
    this.snackBar.open(message, 'Dismiss', failed ? { politeness: 'assertive' } : { duration: 6000 });
  }
}
