import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { DEFAULT_PRACTICE_SETTINGS, type Practice } from '@trp/contracts';
import { SessionStore } from '../../../core/session/session.store';
import { PracticeSettingsPage } from './practice-settings-page';

const practice: Practice = { id: 'pr1', name: 'Riverside Counseling', settings: DEFAULT_PRACTICE_SETTINGS };

describe('PracticeSettingsPage: crisis resources', () => {
  let fixture: ComponentFixture<PracticeSettingsPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PracticeSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: { refresh: jest.fn(() => Promise.resolve(null)) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PracticeSettingsPage);
    await fixture.whenStable();
    http.expectOne('/api/admin/practice').flush(practice);
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const crisis = () => TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: 'textarea[formControlName="crisisResources"]' }));
  const save = async () => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('shows the current text with a hint saying where partners see it', async () => {
    expect(await (await crisis()).getValue()).toBe(DEFAULT_PRACTICE_SETTINGS.crisisResources);
    expect(el().textContent).toContain('Shown to partners under the safety question and on their portal.');
  });

  it('sends the trimmed text with the other settings', async () => {
    await (await crisis()).setValue('  Call 999, or the Riverside line 0800 123 456.  ');
    await save();
    const request = http.expectOne('/api/admin/practice');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({ crisisResources: 'Call 999, or the Riverside line 0800 123 456.', inviteLinkDays: 30 });
    request.flush({ ...practice, settings: { ...practice.settings, crisisResources: 'Call 999, or the Riverside line 0800 123 456.' } });
    await fixture.whenStable();
  });

  it.each([
    ['empty', ''],
    ['spaces only', '   '],
  ])('refuses it %s: "Enter the crisis resources." and no request', async (_case, value) => {
    await (await crisis()).setValue(value);
    await save();
    expect(el().textContent).toContain('Enter the crisis resources.');
    http.expectNone('/api/admin/practice');
  });

  it('refuses more than 1000 characters', async () => {
    fixture.componentInstance['form'].controls.crisisResources.setValue('x'.repeat(1001));
    await save();
    expect(el().textContent).toContain('Use at most 1000 characters.');
    http.expectNone('/api/admin/practice');
  });

  it('shows the server’s message at the field for a 400 naming crisisResources', async () => {
    await (await crisis()).setValue('Call 999.');
    await save();
    http
      .expectOne('/api/admin/practice')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'crisisResources must not be empty', errors: [{ field: 'crisisResources', message: 'crisisResources must not be empty' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(el().querySelector('mat-error')?.textContent).toContain('Must not be empty.');
    expect(el().textContent).toContain('Please check the highlighted fields.');
  });

  describe('default language for new partners', () => {
    it('shows the stored language and sends the chosen one with the other settings', async () => {
      const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness.with({ selector: '[formControlName="defaultLocale"]' }));
      expect(await select.getValueText()).toBe('English');
      await select.open();
      await select.clickOptions({ text: 'Español' });
      await save();
      const request = http.expectOne('/api/admin/practice');
      expect(request.request.body).toMatchObject({ defaultLocale: 'es' });
      request.flush({ ...practice, settings: { ...practice.settings, defaultLocale: 'es' } });
      await fixture.whenStable();
      expect(await select.getValueText()).toBe('Español');
    });
  });

  describe('archived couples retention', () => {
    const retention = () => TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: 'input[formControlName="archivedRetentionDays"]' }));

    it('is empty (keep) by default and sends null; a number of days is sent as a number', async () => {
      expect(await (await retention()).getValue()).toBe('');
      expect(el().textContent).toContain('Leave empty to keep them.');
      await save();
      const keep = http.expectOne('/api/admin/practice');
      expect(keep.request.body).toMatchObject({ archivedRetentionDays: null });
      keep.flush(practice);
      await fixture.whenStable();
      await (await retention()).setValue('365');
      await save();
      const days = http.expectOne('/api/admin/practice');
      expect(days.request.body).toMatchObject({ archivedRetentionDays: 365 });
      days.flush({ ...practice, settings: { ...practice.settings, archivedRetentionDays: 365 } });
      await fixture.whenStable();
    });

    it('refuses fewer than 30 days without a request', async () => {
      await (await retention()).setValue('10');
      await save();
      http.expectNone('/api/admin/practice');
      expect(el().querySelector('mat-error')?.textContent).toBeTruthy();
    });
  });

  describe('reminders', () => {
    const input = (name: string) => TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: `input[formControlName="${name}"]` }));
    const toggle = (label: string) => TestbedHarnessEnvironment.loader(fixture).getHarness(MatSlideToggleHarness.with({ label }));
    const errors = () => [...el().querySelectorAll('mat-error')].map((e) => e.textContent?.trim());

    it('shows the policy and sends it with the other settings', async () => {
      expect(el().querySelector('#reminders-heading')?.textContent).toBe('Reminders');
      expect(await (await toggle('Send partners reminders')).isChecked()).toBe(true);
      expect(await (await input('reminderHoursBeforeDue')).getValue()).toBe('24');
      expect(await (await input('quietHoursStart')).getValue()).toBe('21:00');
      await (await input('reminderHoursBeforeDue')).setValue('48');
      await (await input('reminderEveryDaysOverdue')).setValue('3');
      await (await input('remindersPerAssignment')).setValue('0');
      await (await input('quietHoursEnd')).setValue('07:30');
      await save();
      const request = http.expectOne('/api/admin/practice');
      expect(request.request.body).toMatchObject({
        remindersEnabled: true,
        reminderHoursBeforeDue: 48,
        reminderEveryDaysOverdue: 3,
        remindersPerAssignment: 0,
        quietHoursStart: '21:00',
        quietHoursEnd: '07:30',
      });
      request.flush(practice);
      await fixture.whenStable();
    });

    it('turns reminders off, and quiet hours off as both null', async () => {
      await (await toggle('Send partners reminders')).toggle();
      expect(el().textContent).toContain('No reminders go out.');
      await (await toggle('Quiet hours')).toggle();
      expect(el().querySelector('input[formControlName="quietHoursStart"]')).toBeNull();
      expect(el().textContent).toContain('Reminders may arrive at any hour.');
      await save();
      const request = http.expectOne('/api/admin/practice');
      expect(request.request.body).toMatchObject({ remindersEnabled: false, quietHoursStart: null, quietHoursEnd: null });
      request.flush({ ...practice, settings: { ...practice.settings, remindersEnabled: false, quietHoursStart: null, quietHoursEnd: null } });
      await fixture.whenStable();
      // Read back: no quiet hours leaves the switch off.
      expect(await (await toggle('Quiet hours')).isChecked()).toBe(false);
    });

    it.each([
      ['reminderHoursBeforeDue', '0', 'Hours before the due date: use a whole number from 1 to 168.'],
      ['reminderHoursBeforeDue', '169', 'Hours before the due date: use a whole number from 1 to 168.'],
      ['reminderEveryDaysOverdue', '15', 'Days between reminders while overdue: use a whole number from 1 to 14.'],
      ['remindersPerAssignment', '11', 'Reminders per exercise: use a whole number from 0 to 10.'],
      ['remindersPerAssignment', '2.5', 'Reminders per exercise: use a whole number from 0 to 10.'],
      ['reminderEveryDaysOverdue', '', 'Days between reminders while overdue: use a whole number from 1 to 14.'],
    ])('refuses %s = "%s" with a message naming the field, and no request', async (name, value, message) => {
      await (await input(name)).setValue(value);
      await save();
      expect(errors()).toContain(message);
      http.expectNone('/api/admin/practice');
    });

    it('refuses quiet hours that end when they start, or without a time', async () => {
      await (await input('quietHoursEnd')).setValue('21:00');
      await save();
      expect(errors()).toContain('Quiet hours end: choose a different time than the start.');
      http.expectNone('/api/admin/practice');
      await (await input('quietHoursEnd')).setValue('08:00');
      await (await input('quietHoursStart')).setValue('');
      await save();
      expect(errors()).toContain('Quiet hours start: enter a time such as 21:00.');
      http.expectNone('/api/admin/practice');
    });

    it('puts the server’s 400 on the field it names', async () => {
      await save();
      http
        .expectOne('/api/admin/practice')
        .flush(
          { statusCode: 400, error: 'Bad Request', message: 'quietHoursEnd must differ from quietHoursStart', errors: [{ field: 'quietHoursEnd', message: 'quietHoursEnd must differ from quietHoursStart' }] },
          { status: 400, statusText: 'Bad Request' },
        );
      await fixture.whenStable();
      expect(errors()).toContain('Quiet hours end: must differ from quietHoursStart.');
    });
  });
});
