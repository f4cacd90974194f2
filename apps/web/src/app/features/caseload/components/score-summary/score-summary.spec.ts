import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AssignmentView } from '@trp/contracts';
import { assignment } from '../../testing/caseload-fixtures';
import { ScoreSummary } from './score-summary';

describe('ScoreSummary', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));
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
  it('scores a practice exercise with its own scoring block (fetched once), without the built-in check-in’s caveat', async () => {
    const KEY = 'custom-weekly-temperature-ab12cd';
    const fixture = TestBed.createComponent(ScoreSummary);
    fixture.componentRef.setInput(
      'assignment',
      assignment({
        exerciseKey: KEY,
        exerciseVersion: 1,
        partners: [
          { partnerId: 'p1', status: 'submitted', submittedAt: '2026-11-08T09:00:00.000Z', score: { value: 4, band: 'Connected' } },
          { partnerId: 'p2', status: 'submitted', submittedAt: '2026-11-08T09:00:00.000Z', score: { value: 2, band: 'Distant' } },
        ],
      }),
    );
    fixture.componentRef.setInput('partners', [
      { id: 'p1', displayName: 'Alex' },
      { id: 'p2', displayName: 'Sam' },
    ]);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent?.trim()).toBe('');
    TestBed.inject(HttpTestingController)
      .expectOne(`/api/exercises/${KEY}/versions/1`)
      .flush({
        key: KEY,
        version: 1,
        title: 'Our weekly temperature',
        summary: 'One question.',
        sections: [{ id: 'this-week', title: 'This week', fields: [{ id: 'closeness', type: 'scale', label: 'How close?', min: 1, max: 5 }] }],
        scoring: { fields: [{ fieldId: 'closeness' }] },
      });
    await fixture.whenStable();
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Alex: 4 of 5 · Connected', 'Sam: 2 of 5 · Distant']);
    expect(el.textContent).not.toContain('not a validated questionnaire');
    TestBed.inject(HttpTestingController).verify();
  });
});
