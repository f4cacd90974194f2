import { TestBed } from '@angular/core/testing';
import type { AssignmentView } from '@trp/contracts';
import { assignment } from '../../testing/caseload-fixtures';
import { ScoreSummary } from './score-summary';

describe('ScoreSummary', () => {
  async function render(view: AssignmentView): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ScoreSummary);
    fixture.componentRef.setInput('assignment', view);
    fixture.componentRef.setInput('partners', [
      { id: 'p1', displayName: 'Alex' },
      { id: 'p2', displayName: 'Sam' },
    ]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows each partner’s score of the possible range with its band, and that the check-in is not a validated questionnaire', async () => {
    const el = await render(
      assignment({
        exerciseKey: 'weekly-check-in',
        partners: [
          { partnerId: 'p1', status: 'submitted', submittedAt: '2026-11-08T09:00:00.000Z', score: { value: 19, band: 'A steadier week' } },
          { partnerId: 'p2', status: 'in_progress' },
        ],
      }),
    );
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Alex: 19 of 25 · A steadier week', 'Sam: not submitted yet']);
    expect(el.textContent).toContain('not a validated questionnaire');
    expect(el.querySelector('h2')?.textContent).toBe('Scores');
  });

  it('says a submission without a score skipped a question, and shows nothing for an unscored exercise', async () => {
    const skipped = await render(assignment({ exerciseKey: 'weekly-check-in', partners: [{ partnerId: 'p1', status: 'submitted' }, { partnerId: 'p2', status: 'not_started' }] }));
    expect(skipped.textContent).toContain('no score (a question was skipped)');
    const unscored = await render(assignment({ exerciseKey: 'acknowledge-the-breach' }));
    expect(unscored.textContent?.trim()).toBe('');
  });
});
