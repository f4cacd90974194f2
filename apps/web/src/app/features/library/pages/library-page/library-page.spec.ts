import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { SessionStore } from '../../../../core/session/session.store';
import { aUser } from '../../../../core/session/session.testing';
import { LibraryPage } from './library-page';

jest.setTimeout(30_000);

const exercise = (overrides: object = {}) => ({
  key: 'custom-abc',
  version: 3,
  title: 'Rebuilding trust',
  summary: 'A short check.',
  sections: [],
  source: 'practice',
  author: { id: 'u1', displayName: 'Sam Rivera' },
  archived: false,
  ...overrides,
});

describe('LibraryPage', () => {
  let fixture: ComponentFixture<LibraryPage>;
  let http: HttpTestingController;
  let el: HTMLElement;
  const open = jest.fn();

  beforeEach(() => {
    open.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatDialog, useValue: { open } },
      ],
    });
    TestBed.inject(SessionStore).setUser(aUser());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LibraryPage);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  async function answer(body: object, status = 200): Promise<void> {
    http.expectOne('/api/library/exercises').flush(body, { status, statusText: status === 200 ? 'OK' : 'Error' });
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it('shows loading, then the exercises with version, author and archived state, archived ones last', async () => {
    expect(el.textContent).toContain('Loading your practice’s exercises');
    await answer({ items: [exercise({ key: 'custom-old', title: 'Apology letter', archived: true }), exercise()] });
    const rows = [...el.querySelectorAll('.exercise')];
    expect(rows.map((row) => row.querySelector('.exercise-title')?.textContent?.trim())).toEqual(['Rebuilding trust', 'Apology letter']);
    expect(rows[0].querySelector('.meta')?.textContent).toContain('Version 3');
    expect(rows[0].querySelector('.meta')?.textContent).toContain('by Sam Rivera');
    expect(rows[0].querySelector('.exercise-title')?.getAttribute('href')).toBe('/library/custom-abc');
    expect(rows[1].textContent).toContain('Archived');
    expect(rows[1].textContent).not.toContain('Archive Apology');
  });

  it('invites to build the first exercise when there is none', async () => {
    await answer({ items: [] });
    expect(el.textContent).toContain('No exercises of your own yet.');
    expect(el.querySelector('app-empty-state a')?.getAttribute('href')).toBe('/library/new');
  });

  it('says when the library cannot be loaded, and tries again', async () => {
    await answer({ statusCode: 404, message: 'Cannot GET /api/library/exercises', error: 'Not Found' }, 404);
    expect(el.querySelector('app-error-state')?.textContent).toContain('not available on this server yet');
    ([...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again')) as HTMLButtonElement).click();
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await answer({ items: [exercise()] });
    expect(el.querySelectorAll('.exercise')).toHaveLength(1);
  });

  it('archives after a confirmation that says old assignments keep working', async () => {
    await answer({ items: [exercise()] });
    open.mockReturnValue({ afterClosed: () => of(true) });
    (el.querySelector('[aria-label="Archive Rebuilding trust"]') as HTMLButtonElement).click();
    const data = open.mock.calls[0][1].data;
    expect(data.title).toBe('Archive “Rebuilding trust”?');
    expect(data.message.join(' ')).toContain('Assignments already made keep working');
    http.expectOne({ method: 'POST', url: '/api/library/exercises/custom-abc/archive' }).flush(exercise({ archived: true }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('.exercise')?.textContent).toContain('Archived');
    expect(el.querySelector('[aria-label="Archive Rebuilding trust"]')).toBeNull();
  });

  it('archives nothing when the counselor cancels', async () => {
    await answer({ items: [exercise()] });
    open.mockReturnValue({ afterClosed: () => of(false) });
    (el.querySelector('[aria-label="Archive Rebuilding trust"]') as HTMLButtonElement).click();
    http.expectNone('/api/library/exercises/custom-abc/archive');
  });

  it('offers only opening, not editing or archiving, of a colleague’s exercise', async () => {
    await answer({ items: [exercise({ author: { id: 'u9', displayName: 'Robin' } })] });
    expect(el.querySelector('.actions')?.textContent).toContain('Open');
    expect(el.querySelector('[aria-label="Archive Rebuilding trust"]')).toBeNull();
  });
});
