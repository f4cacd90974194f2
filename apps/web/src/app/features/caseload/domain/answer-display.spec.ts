import { getDefinition, getField } from '@trp/exercises';
import { ALEX_ANSWERS, couple, SAM_ANSWERS, submitted } from '../testing/caseload-fixtures';
import { alignAnswers, answerDisplay } from './answer-display';
import { reviewPartners } from './review-model';

describe('alignAnswers', () => {
  const definition = getDefinition('communicate-openly', 1);
  if (!definition) throw new Error('communicate-openly v1 must exist');

  it('has one row per question, each with both partners’ answers in their order; counselor-only questions left out', () => {
    const sections = alignAnswers(definition, reviewPartners(submitted(), couple().partners));
    const rows = sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.fieldId)).not.toContain('privateNote');
    expect(rows.map((r) => r.fieldId)).not.toContain('safetyCheck');
    const concern = rows.find((r) => r.fieldId === 'concern');
    expect(concern?.cells.map((c) => [c.name, c.answer])).toEqual([
      ['Alex', { kind: 'text', text: ALEX_ANSWERS['concern'] }],
      ['Sam', { kind: 'text', text: SAM_ANSWERS['concern'] }],
    ]);
    expect(rows.find((r) => r.fieldId === 'hardToSay')?.cells[1]?.answer).toEqual({ kind: 'skipped' });
  });

  it('marks every cell of a partner who has not submitted', () => {
    const view = { ...submitted(), partners: [submitted().partners[0], { partnerId: 'p2', status: 'in_progress' as const }] };
    const rows = alignAnswers(definition, reviewPartners(view, couple().partners)).flatMap((s) => s.rows);
    expect(rows.every((r) => r.cells[1]?.answer.kind === 'not_submitted')).toBe(true);
  });

  it('words a feelings table, an unset intensity as "strength not given"', () => {
    const field = getField(definition, 'feelingsTable');
    if (!field) throw new Error('no feelings table');
    expect(answerDisplay(field, { mine: [{ emotion: 'hurt', intensity: 9 }, { emotion: 'fear' }], partner: [] })).toEqual({
      kind: 'groups',
      groups: [
        { title: 'What I feel', items: ['Hurt — 9 of 10', 'Fear — strength not given'] },
        { title: 'What I believe my partner feels', items: ['None chosen'] },
      ],
    });
    expect(answerDisplay(field, { mine: [], partner: [] })).toEqual({ kind: 'skipped' });
  });
});
