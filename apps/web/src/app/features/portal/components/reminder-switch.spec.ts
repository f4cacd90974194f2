import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import type { PortalMe } from '@trp/contracts';
import { of, Subject, throwError } from 'rxjs';
import { PortalApi } from '../data/portal-api';
import { PortalSessionStore } from '../data/portal-session.store';
import { ReminderSwitch } from './reminder-switch';

const ME: PortalMe = {
  crisisResources: 'Call 112.',
  partner: { id: 'p', displayName: 'Alex', perspective: 'hurt', locale: 'en' },
  counselor: { displayName: 'Robin' },
  remindersEnabled: true,
  hasEmail: true,
};

describe('ReminderSwitch', () => {
  const me = signal<PortalMe | null>(ME);
  let updateMe: jest.Mock;
  let ended: jest.Mock;

  async function render() {
    me.set(ME);
    ended = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: PortalApi, useValue: { updateMe } },
        { provide: PortalSessionStore, useValue: { me, set: (next: PortalMe) => me.set(next), ended } },
      ],
    });
    const fixture = TestBed.createComponent(ReminderSwitch);
    await fixture.whenStable();
    const toggle = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSlideToggleHarness.with({ label: 'Email me reminders' }));
    return { fixture, toggle, element: fixture.nativeElement as HTMLElement };
  }

  it('turns reminders off with PATCH remindersEnabled false, and says so', async () => {
    updateMe = jest.fn(() => of({ ...ME, remindersEnabled: false }));
    const { fixture, toggle, element } = await render();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.toggle();
    await fixture.whenStable();
    expect(updateMe).toHaveBeenCalledWith({ remindersEnabled: false });
    expect(await toggle.isChecked()).toBe(false);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Reminders are off.');
    expect(element.textContent).toContain('No reminder emails. Your exercises still appear here.');
  });

  it('words nothing about what the exercises are about (a shared screen)', async () => {
    updateMe = jest.fn();
    const { element } = await render();
    expect(element.textContent).not.toMatch(/partner|relationship|trust|couple|counsel|therap/i);
  });

  it('is disabled while saving, and goes back with a message when the save fails', async () => {
    const answer = new Subject<PortalMe>();
    updateMe = jest.fn(() => answer);
    const { fixture, toggle, element } = await render();
    await toggle.toggle();
    expect(await toggle.isDisabled()).toBe(true);
    answer.error(new HttpErrorResponse({ status: 500 }));
    await fixture.whenStable();
    expect(await toggle.isDisabled()).toBe(false);
    expect(await toggle.isChecked()).toBe(true);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Your choice was not saved.');
  });

  it('ends the portal session on a 401', async () => {
    updateMe = jest.fn(() => throwError(() => new HttpErrorResponse({ status: 401 })));
    const { fixture, toggle } = await render();
    await toggle.toggle();
    await fixture.whenStable();
    expect(ended).toHaveBeenCalled();
  });
});
