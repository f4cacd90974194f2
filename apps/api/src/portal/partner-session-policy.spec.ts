import { PARTNER_IDLE_TIMEOUT_MS, partnerSessionState, PartnerSessionFacts } from './partner-session-policy';
import { isReleased } from './dto/portal.dto';

const NOW = new Date('2030-01-10T12:00:00Z');
const base: PartnerSessionFacts = {
  expiresAt: new Date('2030-02-01T00:00:00Z'),
  lastSeenAt: new Date('2030-01-10T11:00:00Z'),
  revokedAt: null,
  linkExpiresAt: new Date('2030-02-01T00:00:00Z'),
  linkRevokedAt: null,
  coupleStatus: 'active',
};

describe('partnerSessionState', () => {
  it('is active while the session, its link and the couple are', () => {
    expect(partnerSessionState(base, NOW)).toBe('active');
  });
  it('ends with the link (revoked or re-issued), the couple (archived), sign-out, expiry and idleness', () => {
    expect(partnerSessionState({ ...base, revokedAt: NOW }, NOW)).toBe('revoked');
    expect(partnerSessionState({ ...base, linkRevokedAt: NOW }, NOW)).toBe('link_revoked');
    expect(partnerSessionState({ ...base, coupleStatus: 'archived' }, NOW)).toBe('couple_archived');
    expect(partnerSessionState({ ...base, expiresAt: NOW }, NOW)).toBe('expired');
    expect(partnerSessionState({ ...base, linkExpiresAt: new Date(NOW.getTime() - 1) }, NOW)).toBe('expired');
    expect(partnerSessionState({ ...base, lastSeenAt: new Date(NOW.getTime() - PARTNER_IDLE_TIMEOUT_MS) }, NOW)).toBe('idle');
    expect(partnerSessionState({ ...base, lastSeenAt: new Date(NOW.getTime() - PARTNER_IDLE_TIMEOUT_MS + 1000) }, NOW)).toBe('active');
  });
});

describe('isReleased (the other partner’s answers)', () => {
  const submitted = { status: 'submitted' as const };
  const draft = { status: 'draft' as const };
  it('never for counselor_only', () => {
    expect(isReleased({ visibility: 'counselor_only', unlockedAt: new Date() }, submitted, submitted)).toBe(false);
  });
  it('after_both_submit: only when both submitted', () => {
    const a = { visibility: 'after_both_submit' as const, unlockedAt: null };
    expect(isReleased(a, submitted, submitted)).toBe(true);
    expect(isReleased(a, submitted, draft)).toBe(false);
    expect(isReleased(a, draft, submitted)).toBe(false);
    expect(isReleased(a, submitted, null)).toBe(false);
  });
  it('in_session: only once unlocked and both submitted', () => {
    expect(isReleased({ visibility: 'in_session', unlockedAt: null }, submitted, submitted)).toBe(false);
    expect(isReleased({ visibility: 'in_session', unlockedAt: NOW }, submitted, submitted)).toBe(true);
    expect(isReleased({ visibility: 'in_session', unlockedAt: NOW }, submitted, draft)).toBe(false);
  });
});
