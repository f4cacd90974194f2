import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTableModule } from '@angular/material/table';
import { AppDatePipe } from '@trp/web-ui/date';
import { User } from '@trp/contracts';
import { STATUS_LABELS, rolesText } from './role-labels';

export type UserAction = 'roles' | 'deactivate' | 'reactivate' | 'reset-mfa' | 'password-reset';

/** The accounts as a table; on phones each row becomes a card. Actions per person in a menu. */
@Component({
  selector: 'app-users-table',
  imports: [AppDatePipe, MatTableModule, MatButtonModule, MatIconModule, MatMenuModule],
  templateUrl: './users-table.html',
  styleUrl: './users-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersTable {
  readonly users = input.required<readonly User[]>();
  /** The signed-in admin, marked "(you)". */
  readonly currentUserId = input<string | null>(null);
  readonly action = output<{ action: UserAction; user: User }>();

  protected readonly columns = ['name', 'roles', 'status', 'mfa', 'lastSignIn', 'actions'];
  protected readonly rolesText = rolesText;
  protected readonly statusLabels = STATUS_LABELS;

  protected statusLabel(user: User): string {
    return this.statusLabels[user.status];
  }

  protected readonly text = {
    notSetUp: $localize`:@@admin.users.notSetUp:(not set up yet)`,
    on: $localize`:@@admin.users.mfaOn:On`,
    off: $localize`:@@admin.users.mfaOff:Off`,
    never: $localize`:@@admin.users.never:Never`,
  };

  protected nameOf(user: User): string {
    return user.displayName || user.email;
  }

  protected actionsLabel(user: User): string {
    return $localize`:@@admin.users.actionsFor:Actions for ${this.nameOf(user)}:name:`;
  }
}
