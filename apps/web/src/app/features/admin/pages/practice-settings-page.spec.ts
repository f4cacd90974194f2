import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
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
});
