import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import type { AssignmentView, DashboardAssignmentItem } from '@trp/contracts';
import { of } from 'rxjs';
import { assignment, dashboard } from '../../testing/caseload-fixtures';
import { DashboardPage } from './dashboard-page';

const flagged: DashboardAssignmentItem = {
  assignmentId: 'flagged',
  coupleId: 'c1',
  coupleLabel: 'Jo & Kim',
  exerciseKey: 'communicate-openly',
  exerciseTitle: 'Communicate openly and honestly',
  submittedCount: 1,
  safetyFlag: true,
};

/** "Acknowledge" on each safety concern: the dialog (lazy), then the panel read again and a snack-bar. */
describe('DashboardPage: acknowledging a safety concern', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let http: HttpTestingController;
  let closeWith: AssignmentView | undefined;
  const open = jest.fn();
  const snack = jest.fn();

  beforeEach(async () => {
    open.mockReset().mockImplementation(() => ({ afterClosed: () => of(closeWith) }));
    snack.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MatDialog, useValue: { open } },
        { provide: MatSnackBar, useValue: { open: snack } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    http.expectOne('/api/dashboard').flush(dashboard({ safetyFlags: [flagged] }));
    await fixture.whenStable();
  });
  afterEach(() => {
    for (const notices of http.match('/api/notices')) notices.flush([]); // the staff notices above the panels
    http.verify();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const acknowledge = async () => {
    const button = el().querySelector('.flags button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Acknowledge the safety concern of Jo & Kim: Communicate openly and honestly');
    button.click();
    // The dialog's code loads on demand (a dynamic import): wait for it to open.
    for (let i = 0; i < 50 && open.mock.calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('opens the dialog for that concern; after acknowledging, reads the panel again and says so', async () => {
    closeWith = assignment({ id: 'flagged', needsSafetyReview: false });
    await acknowledge();
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[1]).toMatchObject({ data: { assignmentId: 'flagged', title: 'Jo & Kim: Communicate openly and honestly' } });
    http.expectOne('/api/dashboard').flush(dashboard({ safetyFlags: [] }));
    await fixture.whenStable();
    expect(el().querySelector('.flags')).toBeNull();
    expect(snack).toHaveBeenCalledWith('Acknowledged: Jo & Kim’s safety concern has left the list.', 'OK', { duration: 6000 });
  });

  it('changes nothing when the dialog is cancelled', async () => {
    closeWith = undefined;
    await acknowledge();
    await fixture.whenStable();
    expect(open).toHaveBeenCalledTimes(1);
    http.expectNone('/api/dashboard');
    expect(snack).not.toHaveBeenCalled();
    expect(el().querySelector('.flags')?.textContent).toContain('Jo & Kim');
  });
});
