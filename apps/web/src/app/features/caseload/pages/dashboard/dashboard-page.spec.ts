import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Dashboard, DashboardAssignmentItem } from '@trp/contracts';
import { dashboard } from '../../testing/caseload-fixtures';
import { DashboardPage } from './dashboard-page';

const item = (overrides: Partial<DashboardAssignmentItem>): DashboardAssignmentItem => ({
  assignmentId: 'a1',
  coupleId: 'c1',
  coupleLabel: 'Alex & Sam',
  exerciseKey: 'communicate-openly',
  exerciseTitle: 'Communicate openly and honestly',
  submittedCount: 2,
  safetyFlag: false,
  ...overrides,
});

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DashboardPage);
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => {
    for (const notices of http.match('/api/notices')) notices.flush([]);
    http.verify();
  });

  async function load(data: Dashboard): Promise<void> {
    fixture.detectChanges();
    http.expectOne('/api/dashboard').flush(data);
    await fixture.whenStable();
  }

  it('shows a loading state, then one h1', async () => {
    fixture.detectChanges();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Loading your caseload');
    await load(dashboard());
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('[role="status"]')).toBeNull();
  });

  it('puts safety flags first, with an icon and words, linking to the review', async () => {
    await load(
      dashboard({
        safetyFlags: [item({ assignmentId: 'flagged', coupleLabel: 'Jo & Kim', safetyFlag: true, submittedCount: 1 })],
        readyToReview: [item({ assignmentId: 'ready' })],
        overdue: [item({ assignmentId: 'late', dueAt: '2026-11-01T12:00:00.000Z', submittedCount: 0 })],
        caseload: [{ id: 'c1', label: 'Alex & Sam', partnerNames: ['Alex', 'Sam'], completed: 1, assigned: 3, safetyFlag: false }],
      }),
    );
    const headings = [...el.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings[0]).toContain('Safety concerns (1)');
    expect(headings.slice(1)).toEqual(['Ready to review', 'Overdue', 'Couples']);
    const flags = el.querySelector('.flags') as HTMLElement;
    expect(flags.querySelector('mat-icon')?.textContent).toContain('warning');
    expect(flags.textContent).toContain('Safety check flagged');
    expect(flags.querySelector('a')?.getAttribute('href')).toBe('/assignments/flagged');
    expect(flags.textContent).toContain('Jo & Kim: Communicate openly and honestly');
    expect(el.querySelector('[aria-labelledby="review-title"] a')?.getAttribute('href')).toBe('/assignments/ready');
    expect(el.querySelector('[aria-labelledby="overdue-title"]')?.textContent).toContain('Nobody has submitted yet');
  });

  it('shows each couple’s progress as a bar with the numbers in words', async () => {
    await load(dashboard({ caseload: [{ id: 'c1', label: 'Alex & Sam', partnerNames: ['Alex', 'Sam'], completed: 1, assigned: 3, safetyFlag: true }] }));
    const bar = el.querySelector('mat-progress-bar') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('33');
    expect(bar.getAttribute('aria-valuetext')).toBe('1 of 3 exercises completed by both');
    expect(el.querySelector('.progress-text')?.textContent).toContain('1 of 3 exercises completed by both');
    expect(el.querySelector('.couple-label')?.getAttribute('href')).toBe('/couples/c1');
    expect(el.querySelector('.couple')?.textContent).toContain('Safety concern');
  });

  it('teaches what to do when there is nothing yet', async () => {
    await load(dashboard());
    expect(el.querySelector('.flags')).toBeNull();
    expect(el.textContent).toContain('No couples yet — add your first couple');
    expect(el.textContent).toContain('When both partners submit an exercise, it appears here');
    expect(el.textContent).toContain('Nothing is overdue');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Add your first couple');
  });

  it('offers a retry when the dashboard fails to load', async () => {
    fixture.detectChanges();
    http.expectOne('/api/dashboard').flush({ message: 'down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('We could not load your caseload');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await load(dashboard());
    expect(el.textContent).toContain('No couples yet');
  });
});
