import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AssignmentRelease, AssignmentView } from '@trp/contracts';
import { of } from 'rxjs';
import { assignment } from '../../testing/caseload-fixtures';
import { ReleaseStatus } from './release-status';

describe('ReleaseStatus', () => {
  let fixture: ComponentFixture<ReleaseStatus>;
  let http: HttpTestingController;
  let confirmations: { title: string; message: unknown }[];
  let answer: boolean;
  let released: AssignmentView[];

  beforeEach(() => {
    confirmations = [];
    answer = true;
    released = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MatDialog,
          useValue: {
            open: (_component: unknown, config: { data: { title: string; message: unknown } }) => {
              confirmations.push(config.data);
              return { afterClosed: () => of(answer) };
            },
          },
        },
        { provide: MatSnackBar, useValue: { open: () => undefined } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  function render(release: AssignmentRelease, overrides: Partial<AssignmentView> = {}): HTMLElement {
    fixture = TestBed.createComponent(ReleaseStatus);
    fixture.componentRef.setInput('assignment', assignment({ release, ...overrides }));
    fixture.componentInstance.released.subscribe((view) => released.push(view));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const button = (el: HTMLElement) => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Release to both'));

  it.each([
    [{ state: 'private' } as const, 'Only you read these answers.', false],
    [{ state: 'waiting' } as const, 'Will be shared when both have submitted.', false],
    [{ state: 'shared', sharedAt: '2026-11-06T12:00:00.000Z' } as const, 'Shared with both partners on 6 Nov 2026.', false],
    [{ state: 'held' } as const, 'Held because of a safety concern.', true],
    [{ state: 'sealed' } as const, 'Sealed until you release it in session.', true],
  ])('%o: one line, with the release button only when held or sealed', (release, line, offersRelease) => {
    const el = render(release);
    expect(text(el)).toContain(line);
    expect(Boolean(button(el))).toBe(offersRelease);
  });

  it('shows nothing for a cancelled assignment', () => {
    expect(text(render({ state: 'held' }, { status: 'cancelled' }))).toBe('');
  });

  it('releases a held assignment only after the confirmation, and hands on the fresh view', () => {
    const el = render({ state: 'held' });
    answer = false;
    button(el)?.click();
    expect(confirmations).toHaveLength(1);
    expect(JSON.stringify(confirmations[0]?.message)).toContain('safety');
    http.expectNone('/api/assignments/a1/unlock');

    answer = true;
    button(el)?.click();
    const request = http.expectOne('/api/assignments/a1/unlock');
    expect(request.request.method).toBe('POST');
    fixture.detectChanges();
    expect(el.querySelector('button')?.textContent).toContain('Releasing…');
    expect(el.querySelector('button')?.disabled).toBe(true);
    const fresh = assignment({ release: { state: 'shared', sharedAt: '2026-11-07T09:00:00.000Z' } });
    request.flush(fresh);
    expect(released).toEqual([fresh]);
  });
});
