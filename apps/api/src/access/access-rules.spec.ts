import type { StaffAuthContext } from '../auth/auth-context';
import { decideCoupleAccess, decideReassignment, isCounselor } from './access-rules';

const staff = (over: Partial<StaffAuthContext> = {}): StaffAuthContext => ({
  kind: 'staff',
  userId: 'u1',
  practiceId: 'p1',
  roles: ['counselor'],
  sessionId: 's1',
  mfaEnrollmentRequired: false,
  locale: 'en',
  ...over,
});

describe('decideCoupleAccess', () => {
  const own = { practiceId: 'p1', counselorId: 'u1' };

  it('allows the couple’s own counselor', () => {
    expect(decideCoupleAccess(staff(), own)).toBe('allow');
    expect(decideCoupleAccess(staff({ roles: ['admin', 'counselor'] }), own)).toBe('allow');
  });

  it('forbids staff without the counselor role, even an admin of the practice', () => {
    expect(decideCoupleAccess(staff({ roles: ['admin'] }), own)).toBe('forbidden');
    expect(decideCoupleAccess(staff({ roles: [] }), own)).toBe('forbidden');
    expect(decideCoupleAccess(staff({ roles: ['admin'] }), null)).toBe('forbidden');
  });

  it('answers not found for another counselor’s couple, even for an admin who is also a counselor', () => {
    expect(decideCoupleAccess(staff({ userId: 'u2' }), own)).toBe('not_found');
    expect(decideCoupleAccess(staff({ userId: 'u2', roles: ['admin', 'counselor'] }), own)).toBe('not_found');
  });

  it('answers not found for another practice’s couple and for a missing one', () => {
    expect(decideCoupleAccess(staff(), { practiceId: 'p2', counselorId: 'u1' })).toBe('not_found');
    expect(decideCoupleAccess(staff(), null)).toBe('not_found');
    expect(decideCoupleAccess(staff(), undefined)).toBe('not_found');
  });

  it('knows who is a counselor', () => {
    expect(isCounselor(staff())).toBe(true);
    expect(isCounselor(staff({ roles: ['admin'] }))).toBe(false);
  });
});

describe('decideReassignment', () => {
  const couple = { practiceId: 'p1' };
  const target = { practiceId: 'p1', status: 'active', roles: ['counselor'] };
  const admin = staff({ roles: ['admin'] });

  it('allows an admin to give a couple of the practice to an active counselor of the practice', () => {
    expect(decideReassignment(admin, couple, target)).toBe('allow');
    expect(decideReassignment(staff({ roles: ['admin', 'counselor'] }), couple, { ...target, roles: ['admin', 'counselor'] })).toBe('allow');
  });

  it('forbids non-admins', () => {
    expect(decideReassignment(staff(), couple, target)).toBe('forbidden');
  });

  it('hides couples of other practices', () => {
    expect(decideReassignment(admin, { practiceId: 'p2' }, target)).toBe('not_found');
    expect(decideReassignment(admin, null, target)).toBe('not_found');
  });

  it('refuses a target that is not an active counselor of the practice', () => {
    expect(decideReassignment(admin, couple, null)).toBe('invalid_target');
    expect(decideReassignment(admin, couple, { ...target, practiceId: 'p2' })).toBe('invalid_target');
    expect(decideReassignment(admin, couple, { ...target, status: 'deactivated' })).toBe('invalid_target');
    expect(decideReassignment(admin, couple, { ...target, roles: ['admin'] })).toBe('invalid_target');
  });
});
