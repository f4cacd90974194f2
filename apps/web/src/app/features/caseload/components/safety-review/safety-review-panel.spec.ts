import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AssignmentView } from '@trp/contracts';
import { assignment } from '../../testing/caseload-fixtures';
import { SafetyReviewPanel } from './safety-review-panel';

describe('SafetyReviewPanel', () => {
  let fixture: ComponentFixture<SafetyReviewPanel>;
  const review = { note: 'Called her; safety plan agreed.', reviewedAt: '2026-03-02T10:15:00Z', reviewedBy: { id: 'u1', displayName: 'Dana Counselor' } };

  async function render(view: AssignmentView): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [{ provide: MatSnackBar, useValue: { open: jest.fn() } }] });
    fixture = TestBed.createComponent(SafetyReviewPanel);
    fixture.componentRef.setInput('assignment', view);
    fixture.componentRef.setInput('title', 'Robin & Alex: Acknowledge the breach');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows nothing when no concern was ever raised', async () => {
    expect((await render(assignment({ needsSafetyReview: false }))).textContent?.trim()).toBe('');
  });

  it('offers Acknowledge while a concern waits', async () => {
    const el = await render(assignment({ needsSafetyReview: true }));
    expect(el.textContent).toContain('A safety concern waits for you');
    const buttons = el.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.textContent).toContain('Acknowledge');
  });

  it('shows who acknowledged it, when, and the note; no action', async () => {
    const el = await render(assignment({ needsSafetyReview: false, safetyReview: review }));
    expect(el.textContent).toContain('Safety concern acknowledged');
    expect(el.textContent).toContain('Acknowledged by Dana Counselor on 2 Mar 2026');
    expect(el.textContent).toContain('Called her; safety plan agreed.');
    expect(el.querySelector('button')).toBeNull();
  });

  it('shows the last acknowledgement and the action again when a later answer raised a concern', async () => {
    const el = await render(assignment({ needsSafetyReview: true, safetyReview: review }));
    expect(el.textContent).toContain('Last acknowledged by Dana Counselor');
    expect(el.textContent).toContain('raised a concern again');
    expect(el.querySelector('button')?.textContent).toContain('Acknowledge');
  });
});
