import { getDefinition } from '@trp/exercises';
import type { Assignment } from '../assignment.entity';
import { toAssignmentView } from './assignment.dto';

describe('toAssignmentView', () => {
  const assignment = {
    id: 'a1',
    coupleId: 'c1',
    exerciseKey: 'acknowledge-the-breach',
    exerciseVersion: 1,
    instructions: null,
    dueAt: null,
    visibility: 'counselor_only',
    status: 'open',
    unlockedAt: null,
    reviewedAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    opensAt: new Date('2026-01-01T00:00:00Z'),
  } as Assignment;
  const partners = [
    { id: 'p2', position: 2 as const },
    { id: 'p1', position: 1 as const },
  ];

  it('lists partners in position order with their progress', () => {
    const view = toAssignmentView(assignment, partners, [], getDefinition);
    expect(view.partners).toEqual([
      { partnerId: 'p1', status: 'not_started' },
      { partnerId: 'p2', status: 'not_started' },
    ]);
  });

  it('shows submitted answers, and never a draft’s even if one were handed over', () => {
    const view = toAssignmentView(assignment, partners, [
      { id: 'r1', partnerId: 'p1', status: 'submitted', submittedAt: new Date('2026-01-02T00:00:00Z'), safetyFlagged: false, answers: { readiness: 7 } },
      { id: 'r2', partnerId: 'p2', status: 'draft', submittedAt: null, safetyFlagged: true, answers: { readiness: 2 } },
    ], getDefinition);
    expect(view.partners).toEqual([
      { partnerId: 'p1', status: 'submitted', submittedAt: '2026-01-02T00:00:00.000Z', answers: { readiness: 7 }, safetyFlagged: false },
      { partnerId: 'p2', status: 'in_progress' },
    ]);
  });
});
