import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { assignment } from '../../testing/caseload-fixtures';
import { SafetyReviewDialog, type SafetyReviewData } from './safety-review-dialog';

describe('SafetyReviewDialog', () => {
  let fixture: ComponentFixture<SafetyReviewDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;
  const data: SafetyReviewData = { assignmentId: 'a1', title: 'Robin & Alex: Acknowledge the breach' };

  beforeEach(async () => {
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SafetyReviewDialog);
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const note = async () => (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatInputHarness.with({ selector: 'textarea' })));
  const submit = async () => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('says what it is about and that partners never see the note', () => {
    expect(el().textContent).toContain('Robin & Alex: Acknowledge the breach');
    expect(el().textContent).toContain('partners never see it');
  });

  it('requires a note: empty or spaces only sends nothing and says what to do', async () => {
    await submit();
    expect(el().textContent).toContain('Enter what you did.');
    await (await note()).setValue('   ');
    await submit();
    expect(el().textContent).toContain('Enter what you did.');
    http.expectNone('/api/assignments/a1/safety-review');
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses a note over 2000 characters', async () => {
    const textarea = el().querySelector('textarea') as HTMLTextAreaElement;
    expect(textarea.maxLength).toBe(2000);
    fixture.componentInstance['form'].controls.note.setValue('x'.repeat(2001));
    await submit();
    expect(el().textContent).toContain('Use at most 2000 characters.');
    http.expectNone('/api/assignments/a1/safety-review');
  });

  it('sends the trimmed note and closes with the updated assignment', async () => {
    await (await note()).setValue('  Called her; safety plan agreed.  ');
    await submit();
    const request = http.expectOne('/api/assignments/a1/safety-review');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ note: 'Called her; safety plan agreed.' });
    const updated = assignment({ needsSafetyReview: false });
    request.flush(updated);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(updated);
  });

  it('shows the server’s message when the concern was already acknowledged, and stays open', async () => {
    await (await note()).setValue('Seen.');
    await submit();
    http
      .expectOne('/api/assignments/a1/safety-review')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'This safety concern is already acknowledged; nothing new has been flagged since.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('already acknowledged');
    expect(close).not.toHaveBeenCalled();
    expect((el().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('puts a 400 naming the note on the field', async () => {
    await (await note()).setValue('Seen.');
    await submit();
    http
      .expectOne('/api/assignments/a1/safety-review')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'note must not be empty', errors: [{ field: 'note', message: 'note must not be empty' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(el().querySelector('mat-error')?.textContent).toContain('Must not be empty.');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Please check the highlighted answers.');
  });
});
