import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { CoupleCount, User } from '@trp/contracts';
import { Observable, switchMap, of, map } from 'rxjs';
import { errorMessage } from '../../../core/http/api-error';
import { AccountsApi } from '../data/accounts-api';
import { CouplesAdminApi } from '../data/couples-admin-api';

/** The active counselors a couple can go to (everyone but `excludeId`), with loading and error states. */
export class CounselorChoice {
  private readonly api = inject(CouplesAdminApi);
  readonly counselors = signal<readonly User[]>([]);
  readonly loading = signal(true);
  readonly loadError = signal<string | null>(null);

  constructor(private readonly excludeId: string) {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.activeCounselors().subscribe({
      next: (users) => {
        this.counselors.set(users.filter((u) => u.id !== this.excludeId));
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.loadError.set(errorMessage(failure, $localize`:@@admin.reassign.loadFailed:We could not load the counselors. Please try again.`));
      },
    });
  }
}

export interface ReassignCoupleData {
  readonly coupleId: string;
  readonly label: string;
  readonly fromId: string;
  readonly fromName: string;
}

/** The "Give to" select of the dialogs below, with the counselors' loading, error and empty states. */
@Component({
  selector: 'app-counselor-select',
  imports: [ReactiveFormsModule, MatButtonModule, MatIconModule, MatFormFieldModule, MatSelectModule, MatProgressBarModule],
  template: `
  @if (choice().loading()) {
    <mat-progress-bar mode="indeterminate" aria-label="Loading the counselors" i18n-aria-label="@@admin.reassign.loadingTheCounselors" />
  } @else if (choice().loadError(); as loadError) {
    <div class="error" role="alert">
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
      <p>{{ loadError }}</p>
      <button mat-button type="button" (click)="choice().load()" i18n="@@admin.reassign.tryAgain">Try again</button>
    </div>
  } @else if (choice().counselors().length === 0) {
    <p class="empty" role="status" i18n="@@admin.reassign.noOtherActiveCounselor">No other active counselor is in your practice yet. Invite one, or reactivate a counselor, first.</p>
  } @else {
    <mat-form-field appearance="outline" class="full">
      <mat-label i18n="@@admin.reassign.giveTo">Give to</mat-label>
      <mat-select [formControl]="counselor()" required>
        @for (user of choice().counselors(); track user.id) {
          <mat-option [value]="user.id">{{ user.displayName || user.email }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  }
`,
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CounselorSelect {
  readonly choice = input.required<CounselorChoice>();
  readonly counselor = input.required<FormControl<string>>();
}

/** Give one couple without an active counselor to an active counselor. Closes with true when it moved. */
@Component({
  selector: 'app-reassign-couple-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, MatProgressBarModule, CounselorSelect],
  template: `
    <h2 mat-dialog-title i18n="@@admin.reassign.giveToACounselor">Give “{{ data.label }}” to a counselor</h2>
    <mat-dialog-content>
      <p class="intro" i18n="@@admin.reassign.canNoLongerSee">
        {{ data.fromName }} can no longer see this couple. The counselor you choose sees the couple’s work from now on, and {{ data.fromName }} gets a
        notice.
      </p>
      @if (error(); as error) {
        <div class="error" role="alert">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
          <p>{{ error }}</p>
        </div>
      }
      <app-counselor-select [choice]="choice" [counselor]="counselor" />
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Giving the couple to the counselor" i18n-aria-label="@@admin.reassign.givingTheCoupleTo" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@admin.reassign.cancel">Cancel</button>
      <button mat-flat-button type="button" [disabled]="busy() || counselor.invalid" (click)="save()" i18n="@@admin.reassign.giveTheCouple">Give the couple</button>
    </mat-dialog-actions>
  `,
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignCoupleDialog {
  private readonly api = inject(CouplesAdminApi);
  private readonly dialogRef = inject<MatDialogRef<ReassignCoupleDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ReassignCoupleData>(MAT_DIALOG_DATA);
  protected readonly choice = new CounselorChoice(this.data.fromId);
  protected readonly counselor = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected save(): void {
    if (this.counselor.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.reassign(this.data.coupleId, this.counselor.value).subscribe({
      next: () => this.dialogRef.close(true),
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorMessage(failure, $localize`:@@admin.reassign.giveFailed:We could not give the couple to that counselor. Please try again.`));
      },
    });
  }
}

export interface DeactivateCounselorData {
  readonly user: User;
  readonly count: CoupleCount;
}

export interface DeactivateCounselorResult {
  readonly user: User;
  /** How many couples moved (0 when they were left listed as without a counselor). */
  readonly reassigned: number;
}

/**
 * Deactivating someone who still counsels couples: give all of them to another counselor, or leave them listed
 * under "Couples without an active counselor". Closes with the deactivated account.
 */
@Component({
  selector: 'app-deactivate-counselor-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatRadioModule, CounselorSelect],
  template: `
    <h2 mat-dialog-title i18n="@@admin.reassign.deactivate">Deactivate {{ name }}?</h2>
    <mat-dialog-content>
      <p class="intro" i18n="@@admin.reassign.isSignedOutEverywhere">{{ name }} is signed out everywhere at once and can no longer sign in. You can reactivate them later.</p>
      <p i18n="@@admin.reassign.theirPartnersCanKeep">{{ coupleText() }} Their partners can keep sending answers, and nobody can read them until a counselor has the couple.</p>
      @if (error(); as error) {
        <div class="error" role="alert">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
          <p>{{ error }}</p>
        </div>
      }
      <mat-radio-group [formControl]="choiceOf" class="choices" aria-label="What happens to their couples" i18n-aria-label="@@admin.reassign.whatHappensToTheir">
        <mat-radio-button value="reassign" i18n="@@admin.reassign.giveAllOfThem">Give all of them to another counselor</mat-radio-button>
        <mat-radio-button value="leave" i18n="@@admin.reassign.leaveThemListedUnder">Leave them listed under “Couples without an active counselor”</mat-radio-button>
      </mat-radio-group>
      @if (choiceOf.value === 'reassign') {
        <app-counselor-select [choice]="choice" [counselor]="counselor" />
      }
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Deactivating" i18n-aria-label="@@admin.reassign.deactivating" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@admin.reassign.cancel2">Cancel</button>
      <button mat-flat-button type="button" class="destructive" [disabled]="busy() || !ready()" (click)="save()" i18n="@@admin.reassign.deactivate2">Deactivate {{ name }}</button>
    </mat-dialog-actions>
  `,
  styleUrl: './dialog.scss',
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 12px;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeactivateCounselorDialog {
  private readonly accounts = inject(AccountsApi);
  private readonly couples = inject(CouplesAdminApi);
  private readonly dialogRef = inject<MatDialogRef<DeactivateCounselorDialog, DeactivateCounselorResult>>(MatDialogRef);
  private readonly data = inject<DeactivateCounselorData>(MAT_DIALOG_DATA);

  protected readonly name = this.data.user.displayName || this.data.user.email;
  protected readonly choice = new CounselorChoice(this.data.user.id);
  protected readonly choiceOf = new FormControl<'reassign' | 'leave'>('reassign', { nonNullable: true });
  protected readonly counselor = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly picked = signal('');
  private readonly mode = signal<'reassign' | 'leave'>('reassign');
  protected readonly ready = computed(() => this.mode() === 'leave' || this.picked() !== '');

  constructor() {
    this.counselor.valueChanges.subscribe((value) => this.picked.set(value));
    this.choiceOf.valueChanges.subscribe((value) => this.mode.set(value));
  }

  protected coupleText(): string {
    const { active, archived } = this.data.count;
    const name = this.name;
    if (active && archived) return $localize`:@@admin.reassign.countsBoth:${name}:name: counsels ${active}:active: active and ${archived}:archived: archived couples.`;
    const count = active || archived;
    if (active) {
      return count === 1
        ? $localize`:@@admin.reassign.oneActive:${name}:name: counsels 1 active couple.`
        : $localize`:@@admin.reassign.manyActive:${name}:name: counsels ${count}:count: active couples.`;
    }
    return count === 1
      ? $localize`:@@admin.reassign.oneArchived:${name}:name: counsels 1 archived couple.`
      : $localize`:@@admin.reassign.manyArchived:${name}:name: counsels ${count}:count: archived couples.`;
  }

  protected save(): void {
    if (!this.ready() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const to = this.mode() === 'reassign' ? this.counselor.value : null;
    const deactivate: Observable<DeactivateCounselorResult> = this.accounts.updateUser(this.data.user.id, { status: 'deactivated' }).pipe(
      switchMap((user) => (to ? this.couples.reassignAll(this.data.user.id, to).pipe(map(({ reassigned }) => ({ user, reassigned }))) : of({ user, reassigned: 0 }))),
    );
    deactivate.subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorMessage(failure, $localize`:@@admin.reassign.failed:That did not work just now. Please try again.`));
      },
    });
  }
}
