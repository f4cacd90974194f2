import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { signal } from '@angular/core';
import type { AssignableExercise, CurrentUser, LibraryExercise } from '@trp/contracts';
import { SessionStore } from '../../../../core/session/session.store';
import { aUser } from '../../../../core/session/session.testing';
import { latestDefinitions } from '@trp/exercises';
import { assignment, couple } from '../../testing/caseload-fixtures';
import { AssignExerciseDialog, type AssignExerciseData, remindersHint } from './assign-exercise-dialog';
import { partner } from '../../testing/caseload-fixtures';
import { assignmentBody, PROGRAM_STEPS, programBodies } from './assignment-body';

describe('assignmentBody', () => {
  it('trims the instructions and leaves out what is empty', () => {
    expect(assignmentBody({ exerciseKey: 'set-boundaries', instructions: '   ', dueDate: null, visibility: 'counselor_only' })).toEqual({
      exerciseKey: 'set-boundaries',
      visibility: 'counselor_only',
    });
    expect(assignmentBody({ exerciseKey: 'set-boundaries', instructions: ' Take your time. ', dueDate: null, visibility: 'in_session' })).toEqual({
      exerciseKey: 'set-boundaries',
      instructions: 'Take your time.',
      visibility: 'in_session',
    });
  });

  it('makes the due date the end of the chosen day, local time', () => {
    const body = assignmentBody({ exerciseKey: 'k', instructions: '', dueDate: new Date(2027, 0, 15, 9, 30), visibility: 'after_both_submit' });
    expect(body.dueAt).toBe(new Date(2027, 0, 15, 23, 59, 59).toISOString());
  });
});

describe('assignmentBody: opens on', () => {
  it('opens at midnight of the chosen day in the practice’s zone, and leaves out a day already begun', () => {
    const year = new Date().getFullYear() + 1;
    const body = assignmentBody({ exerciseKey: 'k', instructions: '', dueDate: null, visibility: 'counselor_only', opensDate: new Date(year, 0, 15, 9, 30) }, 'Europe/Madrid');
    expect(body.opensAt).toBe(`${year}-01-14T23:00:00.000Z`);
    const past = assignmentBody({ exerciseKey: 'k', instructions: '', dueDate: null, visibility: 'counselor_only', opensDate: new Date(2020, 0, 15) }, 'UTC');
    expect(past.opensAt).toBeUndefined();
  });
});

describe('assignmentBody: repeat', () => {
  it('repeats every so many days, so many times or until stopped', () => {
    const base = { exerciseKey: 'k', instructions: '', dueDate: null, visibility: 'counselor_only' as const };
    expect(assignmentBody({ ...base, repeatEvery: 7, repeatTimes: 4 }).repeat).toEqual({ everyDays: 7, times: 4 });
    expect(assignmentBody({ ...base, repeatEvery: 1, repeatTimes: null }).repeat).toEqual({ everyDays: 1 });
    expect(assignmentBody({ ...base, repeatEvery: null, repeatTimes: 4 }).repeat).toBeUndefined();
  });
});

describe('programBodies', () => {
  it('schedules the three steps in order, each opening the chosen days after the previous and due when the next opens', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    const year = 2026;
    const bodies = programBodies({ opensDate: new Date(year, 11, 7), daysBetween: 7, visibility: 'after_both_submit' }, 'UTC', now);
    expect(bodies.map((b) => b.exerciseKey)).toEqual([...PROGRAM_STEPS]);
    expect(bodies.map((b) => b.opensAt)).toEqual(['2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z', '2026-12-21T00:00:00.000Z']);
    expect(bodies.map((b) => b.dueAt)).toEqual(['2026-12-14T00:00:00.000Z', '2026-12-21T00:00:00.000Z', '2026-12-28T00:00:00.000Z']);
    expect(new Set(bodies.map((b) => b.visibility))).toEqual(new Set(['after_both_submit']));
  });

  it('opens the first step at once without a date', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    const bodies = programBodies({ opensDate: null, daysBetween: 3, visibility: 'counselor_only' }, 'UTC', now);
    expect(bodies[0]?.opensAt).toBeUndefined();
    expect(bodies[1]?.opensAt).toBe('2026-12-06T10:00:00.000Z');
  });
});

const BUILT_INS: AssignableExercise[] = latestDefinitions().map((d) => ({ ...d, source: 'builtin' }));
const OWN: LibraryExercise = {
  key: 'custom-weekly-temperature-ab12cd',
  version: 2,
  title: 'Our weekly temperature',
  summary: 'Three short questions.',
  sections: [{ id: 'this-week', title: 'This week', fields: [{ id: 'closeness', type: 'scale', label: 'How close did you feel this week?', min: 1, max: 5 }] }],
  source: 'practice',
  author: { id: 'u1', name: 'Robin' },
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  canEdit: true,
};

describe('AssignExerciseDialog', () => {
  let fixture: ComponentFixture<AssignExerciseDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;
  const data: AssignExerciseData = { coupleId: 'c1', partners: couple().partners };
  const user = signal<CurrentUser | null>(aUser());

  beforeEach(async () => {
    close = jest.fn();
    user.set(aUser());
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        { provide: SessionStore, useValue: { user } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssignExerciseDialog);
    fixture.detectChanges();
    http.expectOne({ method: 'GET', url: '/api/exercises' }).flush([...BUILT_INS, OWN]);
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const el = () => fixture.nativeElement as HTMLElement;
  const submit = async () => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('assigns the first exercise, counselor only, with nothing else by default', async () => {
    await submit();
    const request = http.expectOne('/api/couples/c1/assignments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ exerciseKey: latestDefinitions()[0].key, visibility: 'counselor_only', reminders: true });
    const created = assignment();
    request.flush(created);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(created);
  });

  it('assigns the three-step program one request after another, and closes with the first step', async () => {
    await (await loader().getHarness(MatRadioGroupHarness.with({ selector: '[aria-labelledby="assign-mode-label"]' }))).checkRadioButton({ selector: '[data-mode="program"]' });
    await submit();
    const keys: string[] = [];
    for (const key of PROGRAM_STEPS) {
      const request = http.expectOne('/api/couples/c1/assignments');
      keys.push(request.request.body.exerciseKey);
      request.flush(assignment({ id: key, exerciseKey: key }));
      await fixture.whenStable();
    }
    expect(keys).toEqual([...PROGRAM_STEPS]);
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ id: PROGRAM_STEPS[0] }));
  });

  it('builds the body from the chosen exercise, instructions, due date and visibility', async () => {
    const last = latestDefinitions()[latestDefinitions().length - 1];
    await (await loader().getHarness(MatSelectHarness)).clickOptions({ text: last.title });
    await (await loader().getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('  Do it on your own, then talk.  ');
    const due = new Date();
    due.setDate(due.getDate() + 7);
    await (await loader().getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="dueDate"]' }))).setValue(`${due.getMonth() + 1}/${due.getDate()}/${due.getFullYear()}`);
    await (await loader().getHarness(MatRadioGroupHarness.with({ selector: '[aria-labelledby="assign-visibility-label"]' }))).checkRadioButton({
      selector: '[data-visibility="in_session"]',
    });
    await submit();
    const request = http.expectOne('/api/couples/c1/assignments');
    const end = new Date(due.getFullYear(), due.getMonth(), due.getDate(), 23, 59, 59);
    expect(request.request.body).toEqual({
      exerciseKey: last.key,
      instructions: 'Do it on your own, then talk.',
      dueAt: end.toISOString(),
      visibility: 'in_session',
      reminders: true,
    });
    request.flush(assignment());
  });

  it('lists the built-ins first, then the practice’s own under "Your practice"', async () => {
    const select = await loader().getHarness(MatSelectHarness);
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((o) => o.getText()));
    expect(options).toEqual([...BUILT_INS.map((d) => d.title), OWN.title]);
    const groups = await select.getOptionGroups();
    expect(await Promise.all(groups.map((g) => g.getLabelText()))).toEqual(['Your practice']);
    await select.close();
  });

  it('assigns a practice exercise by its key, and previews it from the list (no other request)', async () => {
    await (await loader().getHarness(MatSelectHarness)).clickOptions({ text: OWN.title });
    expect(el().querySelector('mat-hint')?.textContent).toMatch(/Your practice\s+Three short questions\./);
    await (await loader().getHarness(MatExpansionPanelHarness)).expand();
    expect(el().querySelector('trp-exercise-form')?.textContent).toContain('How close did you feel this week?');
    http.expectNone((r) => r.url.startsWith('/api/exercises/'));
    await submit();
    const request = http.expectOne('/api/couples/c1/assignments');
    expect(request.request.body).toEqual({ exerciseKey: OWN.key, visibility: 'counselor_only', reminders: true });
    request.flush(assignment({ exerciseKey: OWN.key, exerciseVersion: 2 }));
  });

  it('says while the list loads, and offers to try again when it fails (assigning nothing meanwhile)', async () => {
    const second = TestBed.createComponent(AssignExerciseDialog);
    second.detectChanges();
    const root = second.nativeElement as HTMLElement;
    expect(root.textContent).toContain('Loading the exercises…');
    http.expectOne('/api/exercises').flush(null, { status: 503, statusText: 'Unavailable' });
    await second.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('We could not load the exercises you can assign.');
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await second.whenStable();
    http.expectNone('/api/couples/c1/assignments');
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))?.click();
    TestBed.tick();
    http.expectOne('/api/exercises').flush([...BUILT_INS]);
    await second.whenStable();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('mat-select')?.textContent).toContain(BUILT_INS[0]?.title);
  });

  it('explains each visibility in one line, counselor only first', () => {
    const options = [...el().querySelectorAll('[data-visibility]')].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
    expect(options).toHaveLength(3);
    expect(options[0]).toMatch(/^Counselor only Only you read the answers/);
    expect(options[1]).toMatch(/^Reveal after both submit/);
    expect(options[2]).toMatch(/^Reveal in session Sealed until you unlock it/);
  });

  it('previews the exercise in each partner’s wording', async () => {
    const panel = await loader().getHarness(MatExpansionPanelHarness);
    await panel.expand();
    const first = latestDefinitions()[0];
    const field = first.sections.flatMap((s) => s.fields).find((f) => f.perspectiveLabels?.hurt && f.perspectiveLabels.involved);
    expect(field).toBeDefined();
    expect(el().querySelector('trp-exercise-form')?.textContent).toContain(field?.perspectiveLabels?.hurt);
    await (await loader().getHarness(MatRadioGroupHarness.with({ selector: '[aria-labelledby="assign-preview-label"]' }))).checkRadioButton({
      label: 'Sam (Broke the trust)',
    });
    await fixture.whenStable();
    expect(el().querySelector('trp-exercise-form')?.textContent).toContain(field?.perspectiveLabels?.involved);
  });

  describe('reminders', () => {
    const toggle = () => loader().getHarness(MatSlideToggleHarness.with({ label: 'Send reminders' }));

    it('are on by default, saying who gets them and who cannot', async () => {
      expect(await (await toggle()).isChecked()).toBe(true);
      // Alex has no email address in the fixture; Sam has one and reminders on.
      expect(el().querySelector('#assign-reminders-hint')?.textContent).toContain('Sam gets an email before it is due');
      expect(el().querySelector('#assign-reminders-hint')?.textContent).toContain('Alex has no email address');
    });

    it('can be turned off for this assignment: sent as reminders false', async () => {
      await (await toggle()).toggle();
      expect(el().querySelector('#assign-reminders-hint')?.textContent).toContain('No reminder emails for this exercise');
      await submit();
      const request = http.expectOne('/api/couples/c1/assignments');
      expect(request.request.body).toMatchObject({ reminders: false });
      request.flush(assignment());
      await fixture.whenStable();
    });

    it('off go with every step of the program', async () => {
      await (await toggle()).toggle();
      await (await loader().getHarness(MatRadioGroupHarness.with({ selector: '[aria-labelledby="assign-mode-label"]' }))).checkRadioButton({ selector: '[data-mode="program"]' });
      await submit();
      for (const key of PROGRAM_STEPS) {
        const request = http.expectOne('/api/couples/c1/assignments');
        expect(request.request.body).toMatchObject({ exerciseKey: key, reminders: false });
        request.flush(assignment({ id: key, exerciseKey: key }));
        await fixture.whenStable();
      }
    });

    it('when the practice sends none, says so instead of offering the switch, and sends no choice', async () => {
      user.set(aUser({ partnerReminders: false }));
      fixture.detectChanges();
      await fixture.whenStable();
      expect(await loader().getAllHarnesses(MatSlideToggleHarness.with({ label: 'Send reminders' }))).toHaveLength(0);
      expect(el().textContent).toContain('Your practice does not send reminder emails');
      await submit();
      const request = http.expectOne('/api/couples/c1/assignments');
      expect('reminders' in request.request.body).toBe(false);
      request.flush(assignment());
      await fixture.whenStable();
    });
  });

  it('shows the server’s error and stays open', async () => {
    await submit();
    http.expectOne('/api/couples/c1/assignments').flush({ statusCode: 409, message: 'This couple is archived.', error: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('This couple is archived.');
    expect(close).not.toHaveBeenCalled();
  });
});

describe('remindersHint', () => {
  const alex = partner({ id: 'a', displayName: 'Alex', email: 'alex@example.com' });
  const sam = partner({ id: 's', displayName: 'Sam', email: 'sam@example.com' });

  it('names who gets reminders', () => {
    expect(remindersHint([alex, sam], true)).toBe('Alex and Sam get an email before it is due and while it is overdue, as the practice sets.');
  });

  it('says why a partner does not: no email address, or reminders turned off by them', () => {
    expect(remindersHint([alex, partner({ id: 's', displayName: 'Sam', email: 'sam@example.com', remindersEnabled: false })], true)).toBe(
      'Alex gets an email before it is due and while it is overdue, as the practice sets (Sam turned reminders off).',
    );
    expect(remindersHint([partner({ displayName: 'Alex' }), partner({ id: 's', displayName: 'Sam' })], true)).toBe(
      'No one gets reminders (Alex has no email address; Sam has no email address).',
    );
  });

  it('leaves an erased partner out, and says plainly when the switch is off', () => {
    expect(remindersHint([alex, partner({ id: 's', displayName: 'Erased partner', erasedAt: '2026-11-01T00:00:00.000Z' })], true)).toBe(
      'Alex gets an email before it is due and while it is overdue, as the practice sets.',
    );
    expect(remindersHint([alex, sam], false)).toBe('No reminder emails for this exercise. The partners still see it on their page.');
  });
});
