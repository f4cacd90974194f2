import { AUDIT_ACTIONS, AuditEvent } from '@trp/contracts';
import {
  actionLabel,
  AUDIT_ACTION_LABELS,
  detailsText,
  targetText,
} from './audit-labels';

const event = (overrides: Partial<AuditEvent>): AuditEvent => ({
  id: '1',
  occurredAt: '2026-12-05T18:30:00.000Z',
  actor: { kind: 'staff', id: 'u1', displayName: 'Robin Counselor' },
  action: 'auth.sign_in',
  target: null,
  outcome: 'success',
  requestId: null,
  ip: null,
  details: {},
  ...overrides,
});

describe('audit labels', () => {
  it.each([...AUDIT_ACTIONS])('%s has a label in plain words', (action) => {
    const label = AUDIT_ACTION_LABELS[action];
    expect(label).toBeTruthy();
    expect(label).not.toContain(action);
    expect(label).not.toMatch(/[._]/);
    expect(actionLabel(action)).toBe(label);
  });

  it('labels no action that does not exist, and every label is different', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual(
      [...AUDIT_ACTIONS].sort(),
    );
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size).toBe(
      AUDIT_ACTIONS.length,
    );
    expect(actionLabel('legacy.thing')).toBe('legacy.thing');
    expect(actionLabel('response.viewed')).toBe('Viewed a couple’s answers');
  });

  it('names the target: a staff member by name, a couple by a short reference and its counselor', () => {
    expect(
      targetText(
        event({
          target: { type: 'user', id: 'u2', name: 'Sam Admin', couple: null },
        }),
      ),
    ).toBe('Sam Admin');
    const couple = {
      id: '3f2a9c1d-0000-4000-8000-000000000000',
      counselorName: 'Robin Counselor',
    };
    expect(
      targetText(
        event({
          target: { type: 'couple', id: couple.id, name: null, couple },
        }),
      ),
    ).toBe('Couple 3f2a9c1d (Robin Counselor’s caseload)');
    expect(
      targetText(
        event({ target: { type: 'assignment', id: 'a1', name: null, couple } }),
      ),
    ).toBe('An exercise of couple 3f2a9c1d (Robin Counselor’s caseload)');
    expect(
      targetText(
        event({
          target: {
            type: 'invite_link',
            id: 'l1',
            name: null,
            couple: { id: couple.id, counselorName: null },
          },
        }),
      ),
    ).toBe('A link of couple 3f2a9c1d');
    expect(
      targetText(
        event({
          target: { type: 'practice', id: 'p1', name: null, couple: null },
        }),
      ),
    ).toBe('The practice');
    expect(targetText(event({}))).toBe('—');
  });

  it('shows details without ids, dates in the app’s format', () => {
    expect(
      detailsText({
        coupleId: 'c1',
        partnerIds: ['p1'],
        expiresAt: '2026-12-19T18:30:00.000Z',
        reason: 'wrong_password',
        sessionsEnded: 2,
      }),
    ).toBe(
      'works until: 19 Dec 2026, 18:30 · reason: wrong password · sessions ended: 2',
    );
    expect(
      detailsText({ from: ['counselor'], to: ['admin', 'counselor'] }),
    ).toBe('from: counselor · to: admin, counselor');
  });
});
