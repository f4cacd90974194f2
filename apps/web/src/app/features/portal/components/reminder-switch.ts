import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { PortalApi } from '../data/portal-api';
import { portalFailure } from '../data/portal-errors';
import { PortalSessionStore } from '../data/portal-session.store';

/**
 * "Email me reminders": the partner's own switch (`PATCH /api/portal/me {remindersEnabled}`), the same one a
 * reminder's unsubscribe link turns off. Its words say nothing about what the exercises are about: someone else
 * may read this screen. Offered by the home page only when the counselor has an email address for the partner.
 * Its own chunk (loaded when the home page is idle): the slide toggle stays out of the portal's first download.
 */
@Component({
  selector: 'app-reminder-switch',
  imports: [MatSlideToggleModule],
  template: `
    <section class="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title" i18n="@@portal.reminders.title">Reminders</h2>
      <p id="reminders-help">
        @if (on()) {
          <ng-container i18n="@@portal.reminders.help-on">We email you when an exercise is waiting or its due date is near, at most once a day.</ng-container>
        } @else {
          <ng-container i18n="@@portal.reminders.help-off">No reminder emails. Your exercises still appear here.</ng-container>
        }
      </p>
      <mat-slide-toggle [checked]="on()" [disabled]="saving()" (change)="change($event)" aria-describedby="reminders-help" i18n="@@portal.reminders.toggle">Email me reminders</mat-slide-toggle>
      <p class="reminder-status" role="status">{{ status() }}</p>
      @if (error(); as error) {
        <p class="reminder-error" role="alert">{{ error }}</p>
      }
    </section>
  `,
  styles: `
    .reminders {
      margin-top: 16px;
      padding-top: 16px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .reminder-status:empty {
      margin: 0;
    }
    .reminder-status,
    .reminder-error {
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
    }
    .reminder-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderSwitch {
  private readonly api = inject(PortalApi);
  private readonly session = inject(PortalSessionStore);

  protected readonly on = computed(() => this.session.me()?.remindersEnabled ?? false);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  protected change(event: MatSlideToggleChange): void {
    const wanted = event.checked;
    this.saving.set(true);
    this.error.set(null);
    this.status.set('');
    this.api.updateMe({ remindersEnabled: wanted }).subscribe({
      next: (me) => {
        this.saving.set(false);
        this.session.set(me);
        this.status.set(me.remindersEnabled ? $localize`:@@portal.reminders.on:Reminders are on.` : $localize`:@@portal.reminders.off:Reminders are off.`);
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        // The switch goes back to what is really stored.
        event.source.checked = this.on();
        if (portalFailure(failure).kind === 'ended') {
          this.session.ended();
          return;
        }
        this.error.set(
          portalFailure(failure).kind === 'offline'
            ? $localize`:@@portal.reminders.offline:No connection: your choice was not saved. Check your connection, then try again.`
            : $localize`:@@portal.reminders.failed:Your choice was not saved. Please try again.`,
        );
      },
    });
  }
}
