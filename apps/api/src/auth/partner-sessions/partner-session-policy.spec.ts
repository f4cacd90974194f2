import { PARTNER_IDLE_TIMEOUT_MS, partnerSessionState, PartnerSessionFacts, PIN_IDLE_LOCK_MS, pinLocked } from './partner-session-policy';

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

describe('pinLocked', () => {
  const seen = new Date(NOW.getTime() - PIN_IDLE_LOCK_MS);
  it('never locks a partner without a PIN', () => {
    expect(pinLocked({ hasPin: false, unlockedAt: null, lastSeenAt: new Date(0) }, NOW)).toBe(false);
  });
  it('locks a session never unlocked, and one idle for more than the limit', () => {
    expect(pinLocked({ hasPin: true, unlockedAt: null, lastSeenAt: NOW }, NOW)).toBe(true);
    expect(pinLocked({ hasPin: true, unlockedAt: seen, lastSeenAt: seen }, NOW)).toBe(false);
    expect(pinLocked({ hasPin: true, unlockedAt: seen, lastSeenAt: new Date(seen.getTime() - 1) }, NOW)).toBe(true);
    expect(pinLocked({ hasPin: true, unlockedAt: NOW, lastSeenAt: new Date(NOW.getTime() - 11_000) }, NOW, 10_000)).toBe(true);
  });
});
