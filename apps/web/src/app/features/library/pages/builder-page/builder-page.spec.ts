import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '../../../../core/session/session.store';
import { aUser } from '../../../../core/session/session.testing';
import { BuilderPage } from './builder-page';

const saved = (version: number, overrides: object = {}) => ({
  key: 'custom-abc',
  version,
  title: 'Rebuilding trust',
  summary: 'A short check.',
  source: 'practice',
  author: { id: 'u1', displayName: 'Sam Rivera' },
  archived: false,
  sections: [
    { id: 's1', title: 'Now', fields: [{ id: 'q1', type: 'scale', label: 'How close?', min: 1, max: 5, minLabel: 'Far apart', maxLabel: 'Very close' }, { id: 'q2', type: 'shortText', label: 'One word' }] },
    { id: 'for-your-counselor', title: 'Just for your counselor', fields: [{ id: 'privateNote', type: 'longText', label: 'Note', counselorOnly: true }] },
  ],
  ...overrides,
});

// A whole builder with Material fields renders in about a second; on a shared, busy machine more.
jest.setTimeout(30_000);

describe('BuilderPage', () => {
  let fixture: ComponentFixture<BuilderPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).setUser(aUser());
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(key?: string): Promise<void> {
    fixture = TestBed.createComponent(BuilderPage);
    if (key) fixture.componentRef.setInput('key', key);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await settle();
  }
  async function settle(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }
  async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  }
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.replace('add', '').trim().startsWith(text)) as HTMLButtonElement;
  const byLabel = (label: string) => el.querySelector(`[aria-label="${label}"]`) as HTMLButtonElement;
  const headings = () => [...el.querySelectorAll('.field .card-title')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

  it('starts a new exercise with one section and a long answer, and the preview follows what is typed', async () => {
    await open();
    expect(el.querySelector('h1')?.textContent).toContain('New exercise');
    expect(headings()).toEqual(['Question 1 · Long answer']);
    expect(el.querySelector('.phone-title')?.textContent).toContain('Untitled exercise');
    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Rebuilding trust');
    await type(el.querySelector('.field textarea[formcontrolname="label"]') as HTMLTextAreaElement, 'What would help you this week?');
    expect(el.querySelector('.phone-title')?.textContent).toContain('Rebuilding trust');
    expect(el.querySelector('.phone trp-exercise-form')?.textContent).toContain('What would help you this week?');
    // The closing section the server appends, shown fixed in the builder and rendered in the preview.
    expect(el.querySelector('.closing')?.textContent).toContain('not editable');
    expect(el.querySelector('.phone trp-exercise-form')?.textContent).toContain('Do you feel safe with your partner right now?');
  });

  it('shows the obvious problems at their place instead of saving', async () => {
    await open();
    button('Save').click();
    await settle();
    http.expectNone('/api/library/exercises');
    expect(el.querySelector('.banner.error')?.textContent).toContain('Please check the highlighted places');
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((text) => Boolean(text))).toBe(true);
  });

  it('creates the exercise and goes on to its page with the version note', async () => {
    await open();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Rebuilding trust');
    await type(el.querySelector('textarea[formcontrolname="summary"]') as HTMLTextAreaElement, 'A short check.');
    await type(el.querySelector('input[formcontrolname="title"][id$="-title"]') as HTMLInputElement, 'Now');
    await type(el.querySelector('.field textarea[formcontrolname="label"]') as HTMLTextAreaElement, 'What would help?');
    button('Save').click();
    const request = http.expectOne({ method: 'POST', url: '/api/library/exercises' });
    expect(request.request.body).toEqual({
      title: 'Rebuilding trust',
      summary: 'A short check.',
      sections: [{ id: 's1', title: 'Now', fields: [{ id: 'q1', type: 'longText', label: 'What would help?' }] }],
    });
    request.flush(saved(1));
    await settle();
    expect(navigate).toHaveBeenCalledWith('/library/custom-abc', { replaceUrl: true, state: { savedNote: 'Saved as version 1. Every counselor of the practice can assign it now.' } });
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('loads an exercise without its closing section, saves a new version, and says assignments keep theirs', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2));
    await settle();
    expect(el.querySelector('h1')?.textContent).toContain('Rebuilding trust');
    expect(el.querySelector('.meta')?.textContent).toContain('Version 2');
    expect(el.querySelectorAll('.section')).toHaveLength(1);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);

    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Rebuilding trust, again');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    button('Save as a new version').click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/library/exercises/custom-abc' });
    expect(request.request.body.sections.map((s: { id: string }) => s.id)).toEqual(['s1']);
    // The version edited (a newer one saved meanwhile is a 409), and no scoring said as `null` (PATCH keeps what is left out).
    expect(request.request.body).toMatchObject({ version: 2, scoring: null, title: 'Rebuilding trust, again' });
    request.flush(saved(3, { title: 'Rebuilding trust, again' }));
    await settle();
    expect(el.querySelector('.banner.success')?.textContent).toContain('Saved as version 3; assignments made before keep their version.');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('puts the server’s 400 at the control its path names', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2));
    await settle();
    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Changed');
    button('Save as a new version').click();
    http.expectOne('/api/library/exercises/custom-abc').flush(
      { statusCode: 400, error: 'Bad Request', message: 'Invalid definition', errors: [{ field: 'sections[0].fields[0].max', message: 'must be at most 7' }, { field: 'tags', message: 'Unknown.' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const max = el.querySelectorAll('.field')[0].querySelector('input[formcontrolname="max"]')?.closest('mat-form-field');
    expect(max?.querySelector('mat-error')?.textContent).toContain('Must be at most 7.');
    expect(el.querySelector('.other-errors')?.textContent).toContain('Unknown.');
  });

  it('moves questions with buttons and Alt+Arrow, across sections, keeping the moved button focused', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2));
    await settle();
    expect(headings()).toEqual(['Question 1 · Scale', 'Question 2 · Short answer']);
    byLabel('Move question 1 of section 1 down').click();
    await settle();
    expect(headings()).toEqual(['Question 1 · Short answer', 'Question 2 · Scale']);

    button('Add a section').click();
    await settle();
    const down = byLabel('Move question 2 of section 1 down');
    down.focus();
    down.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    await settle();
    const sections = [...el.querySelectorAll('.section')];
    expect(sections[0].querySelectorAll('.field')).toHaveLength(1);
    expect(sections[1].querySelector('.field .card-title')?.textContent).toContain('Scale');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it('keeps the draft when someone saved a newer version meanwhile, and offers that version', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2));
    await settle();
    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Mine');
    button('Save as a new version').click();
    http.expectOne('/api/library/exercises/custom-abc').flush(
      { statusCode: 409, error: 'Conflict', message: 'Someone saved a newer version of this exercise. Reload it and make your change again.', current: saved(3, { title: 'Theirs' }) },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(el.querySelector('.banner.error')?.textContent).toContain('Someone saved a newer version');
    expect((el.querySelector('input[formcontrolname="title"]') as HTMLInputElement).value).toBe('Mine');
    button('Load version 3').click();
    await settle();
    expect((el.querySelector('input[formcontrolname="title"]') as HTMLInputElement).value).toBe('Theirs');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('shows an archived exercise read-only', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2, { archived: true }));
    await settle();
    expect(el.querySelector('form.editor')).toBeNull();
    expect(el.textContent).toContain('This exercise is archived');
  });

  it('asks the browser to confirm closing the tab only while changes are unsaved', async () => {
    await open();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    await type(el.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Draft');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('shows someone else’s exercise read-only: preview and export, no editor', async () => {
    await open('custom-abc');
    http.expectOne('/api/library/exercises/custom-abc').flush(saved(2, { author: { id: 'u9', displayName: 'Robin' } }));
    await settle();
    expect(el.querySelector('form.editor')).toBeNull();
    expect(el.textContent).toContain('Only its author and the practice’s admins can change this exercise');
    expect(el.querySelector('.phone trp-exercise-form')?.textContent).toContain('How close?');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });
});
