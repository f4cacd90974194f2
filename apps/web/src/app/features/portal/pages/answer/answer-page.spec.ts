import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { PortalAssignment } from '@trp/contracts';
import { getDefinition } from '@trp/exercises';
import { of } from 'rxjs';
import { AUTOSAVE_DELAY_MS } from '../../data/autosave';
import { LocalDrafts } from '../../data/local-drafts';
import { PortalSessionStore } from '../../data/portal-session.store';
import { AnswerPage } from './answer-page';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ID = '11111111-1111-4111-8111-111111111111';
const PARTNER_ID = 'p-alex';
const definition = getDefinition('acknowledge-the-breach', 1);
if (!definition) throw new Error('definition missing');

function assignment(
  mine: Partial<PortalAssignment['mine']> = {},
  partner: PortalAssignment['partner'] = null,
  visibility: PortalAssignment['visibility'] = 'after_both_submit',
): PortalAssignment {
  return {
    id: ID,
    exercise: definition as NonNullable<typeof definition>,
    perspective: 'hurt',
    visibility,
    partnerDisplayName: 'Sam',
    mine: { status: 'in_progress', version: 2, answers: { whatHappened: 'From the server' }, ...mine },
    partner,
  };
}

describe('AnswerPage', () => {
  let fixture: ComponentFixture<AnswerPage>;
  let http: HttpTestingController;
  let dialogChoices: unknown[];
  let opened: string[];
  let dialogData: unknown[];

  async function render(server: PortalAssignment): Promise<void> {
    fixture = TestBed.createComponent(AnswerPage);
    fixture.componentRef.setInput('id', ID);
    fixture.detectChanges();
    http.expectOne(`/api/portal/assignments/${ID}`).flush(server);
    await settle();
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const textarea = (label: RegExp) =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('textarea')].find((t) =>
      label.test(t.labels?.[0]?.textContent ?? t.getAttribute('aria-label') ?? ''),
    ) as HTMLTextAreaElement;
  const button = (name: RegExp) =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')) as HTMLButtonElement;

  beforeEach(() => {
    localStorage.clear();
    dialogChoices = [];
    opened = [];
    dialogData = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MatDialog,
          useValue: {
            open: (component: { name: string }, config?: { data?: unknown }) => {
              opened.push(component.name);
              dialogData.push(config?.data);
              return { afterClosed: () => of(dialogChoices.shift()) };
            },
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(PortalSessionStore).set({
      crisisResources: 'CRISIS-LINE 0800 000 000',
      remindersEnabled: true,
      hasEmail: false,
      partner: { id: PARTNER_ID, displayName: 'Alex', perspective: 'hurt', locale: 'en' },
      counselor: { displayName: 'Robin' },
    });
  });
  afterEach(() => {
    http.verify();
  });

  it('restores a local draft newer than the server’s and saves it', async () => {
    new LocalDrafts().write(PARTNER_ID, ID, { answers: { whatHappened: 'Typed before the reload' }, baseVersion: 2, changedAt: Date.now() });
    await render(assignment());
    expect(textarea(/in your own words|as you experienced it/i).value).toBe('Typed before the reload');
    const save = http.expectOne(`/api/portal/assignments/${ID}/draft`);
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ answers: { whatHappened: 'Typed before the reload' }, version: 2 });
    save.flush({ version: 3, savedAt: new Date().toISOString() });
    await settle();
    expect(new LocalDrafts().read(PARTNER_ID, ID)).toBeNull();
    expect(text()).toContain('Saved');
  });

  it('a 409 from another device opens the choice; keeping the other version replaces the answers without overwriting', async () => {
    await render(assignment());
    dialogChoices.push('theirs');
    const field = textarea(/in your own words|as you experienced it/i);
    field.value = 'Written on this phone';
    field.dispatchEvent(new Event('input'));
    await wait(AUTOSAVE_DELAY_MS + 50);
    const save = http.expectOne(`/api/portal/assignments/${ID}/draft`);
    save.flush(
      { statusCode: 409, message: 'conflict', error: 'Conflict', code: 'portal.draftConflict', current: { version: 7, answers: { whatHappened: 'From the laptop' } } },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(opened).toEqual(['ConflictDialog']);
    expect(textarea(/in your own words|as you experienced it/i).value).toBe('From the laptop');
    http.expectNone(`/api/portal/assignments/${ID}/draft`);
    expect(new LocalDrafts().read(PARTNER_ID, ID)).toBeNull();
  });

  it('keeping this device’s version saves it on top of the other device’s version', async () => {
    await render(assignment());
    dialogChoices.push('mine');
    const field = textarea(/in your own words|as you experienced it/i);
    field.value = 'Mine';
    field.dispatchEvent(new Event('input'));
    await wait(AUTOSAVE_DELAY_MS + 50);
    http
      .expectOne(`/api/portal/assignments/${ID}/draft`)
      .flush({ statusCode: 409, current: { version: 7, answers: { whatHappened: 'Theirs' } } }, { status: 409, statusText: 'Conflict' });
    await settle();
    await wait(20);
    const again = http.expectOne(`/api/portal/assignments/${ID}/draft`);
    expect(again.request.body).toEqual({ answers: { whatHappened: 'Mine' }, version: 7 });
    again.flush({ version: 8, savedAt: new Date().toISOString() });
  });

  it('validates before submitting: messages at the fields, no request', async () => {
    await render(assignment());
    button(/submit my answers/i).click();
    await settle();
    expect(opened).toEqual([]);
    expect(text()).toContain('One answer needs');
    http.expectNone(`/api/portal/assignments/${ID}/submit`);
    // The alert above the list has focus (and was scrolled to, below the sticky bar).
    const alert = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.answer-error-alert');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(alert);
    expect(alert?.textContent).toContain('Not submitted yet');
  });

  it('a 422 from the server shows the messages and focuses the alert too', async () => {
    await render(assignment({ answers: { whatHappened: 'Done', safetyCheck: 'yes' } }));
    dialogChoices.push(true);
    button(/submit my answers/i).click();
    await settle();
    http
      .expectOne(`/api/portal/assignments/${ID}/submit`)
      .flush(
        { statusCode: 422, message: 'answers.safetyCheck: required', error: 'Unprocessable Entity', errors: [{ field: 'answers.safetyCheck', message: 'is required' }] },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    const alert = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.answer-error-alert');
    expect(alert).not.toBeNull();
    expect(document.activeElement).toBe(alert);
  });

  it.each([
    ['counselor_only', 'Only your counselor reads your answers.'],
    ['after_both_submit', 'Once you have both submitted, Sam can read them too — unless your counselor keeps them for your next session.'],
    ['in_session', 'Your counselor reads your answers and may share them with Sam during a session.'],
  ] as const)('says who reads the answers (%s), on the page and in the confirmation', async (visibility, sentence) => {
    await render(assignment({ answers: { whatHappened: 'Done', safetyCheck: 'yes' } }, null, visibility));
    const notice = (fixture.nativeElement as HTMLElement).querySelector('[data-visibility-notice]')?.textContent ?? '';
    expect(notice).toContain(sentence);
    expect(notice).toContain('Your private note and your answer to the safety question stay with your counselor.');
    expect(text()).not.toContain('never sees your answers unless');
    dialogChoices.push(false);
    button(/submit my answers/i).click();
    await settle();
    expect(opened).toEqual(['SubmitDialog']);
    expect(JSON.stringify(dialogData[0])).toContain(sentence);
    http.expectNone(`/api/portal/assignments/${ID}/submit`);
  });

  it('submits idempotently: confirmed once, the button is disabled while pending, a retry after going offline is safe', async () => {
    await render(assignment({ answers: { whatHappened: 'Done', safetyCheck: 'yes' } }));
    dialogChoices.push(true);
    button(/submit my answers/i).click();
    await settle();
    expect(opened).toEqual(['SubmitDialog']);
    const first = http.expectOne(`/api/portal/assignments/${ID}/submit`);
    expect(first.request.body).toEqual({ answers: { whatHappened: 'Done', safetyCheck: 'yes' } });
    expect(button(/submitting/i).disabled).toBe(true);
    button(/submitting/i).click(); // a double tap sends nothing more
    await settle();
    http.expectNone(`/api/portal/assignments/${ID}/submit`);
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    expect(text()).toContain("You're offline");
    expect(button(/submit my answers/i).disabled).toBe(false);

    dialogChoices.push(true);
    button(/submit my answers/i).click();
    await settle();
    const submittedAt = '2030-03-01T20:15:00.000Z';
    http
      .expectOne(`/api/portal/assignments/${ID}/submit`)
      .flush({ status: 'submitted', version: 3, answers: { whatHappened: 'Done', safetyCheck: 'yes' }, submittedAt });
    await settle();
    http
      .expectOne(`/api/portal/assignments/${ID}`)
      .flush(assignment({ status: 'submitted', version: 3, answers: { whatHappened: 'Done', safetyCheck: 'yes' }, submittedAt }, { displayName: 'Sam', answers: { whatHappened: 'Sam’s view' } }));
    await settle();
    expect(text()).toContain('Submitted on');
    expect(document.activeElement).toBe((fixture.nativeElement as HTMLElement).querySelector('.answer-submitted'));
    expect(button(/submit my answers/i)).toBeUndefined();
    expect((fixture.nativeElement as HTMLElement).querySelector('textarea')).toBeNull(); // read-only now
    expect(text()).toContain("Sam's answers");
    expect(text()).toContain('Sam’s view');
  });

  it('labels the counselor-only questions', async () => {
    await render(assignment());
    expect(text()).toContain('Only your counselor sees this');
  });

  it('shows a kind page for an exercise that is gone', async () => {
    fixture = TestBed.createComponent(AnswerPage);
    fixture.componentRef.setInput('id', ID);
    fixture.detectChanges();
    http.expectOne(`/api/portal/assignments/${ID}`).flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text()).toContain('Exercise not found');
    expect(HttpErrorResponse).toBeDefined();
  });
});
