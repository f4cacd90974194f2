import { inviteLinkState, LinkFacts } from './link-state';

const now = new Date('2026-03-10T12:00:00.000Z');
const link = (over: Partial<LinkFacts> = {}): LinkFacts => ({
  createdAt: new Date('2026-03-01T09:00:00.000Z'),
  expiresAt: new Date('2026-03-31T09:00:00.000Z'),
  revokedAt: null,
  firstOpenedAt: null,
  lastOpenedAt: null,
  ...over,
});

describe('inviteLinkState', () => {
  it('is none when no link was ever issued', () => {
    expect(inviteLinkState(null, now)).toEqual({ state: 'none' });
    expect(inviteLinkState(undefined, now)).toEqual({ state: 'none' });
  });

  it('is never_opened for a live link nobody used yet, with its expiry', () => {
    expect(inviteLinkState(link(), now)).toEqual({
      state: 'never_opened',
      createdAt: '2026-03-01T09:00:00.000Z',
      expiresAt: '2026-03-31T09:00:00.000Z',
    });
  });

  it('is opened once exchanged, with the first and last opening', () => {
    const opened = inviteLinkState(link({ firstOpenedAt: new Date('2026-03-02T20:00:00Z'), lastOpenedAt: new Date('2026-03-09T21:30:00Z') }), now);
    expect(opened).toMatchObject({ state: 'opened', firstOpenedAt: '2026-03-02T20:00:00.000Z', lastOpenedAt: '2026-03-09T21:30:00.000Z' });
  });

  it('is expired from the expiry instant on, opened or not', () => {
    expect(inviteLinkState(link({ expiresAt: now }), now).state).toBe('expired');
    expect(inviteLinkState(link({ expiresAt: new Date(now.getTime() - 1) }), now).state).toBe('expired');
    expect(inviteLinkState(link({ expiresAt: new Date(now.getTime() + 1) }), now).state).toBe('never_opened');
    const openedThenExpired = inviteLinkState(link({ expiresAt: new Date('2026-03-05T00:00:00Z'), lastOpenedAt: new Date('2026-03-04T00:00:00Z') }), now);
    expect(openedThenExpired).toMatchObject({ state: 'expired', lastOpenedAt: '2026-03-04T00:00:00.000Z', expiresAt: '2026-03-05T00:00:00.000Z' });
  });

  it('is revoked when revoked, even if it has also expired or was opened', () => {
    expect(inviteLinkState(link({ revokedAt: new Date('2026-03-05T00:00:00Z') }), now)).toMatchObject({ state: 'revoked', expiresAt: '2026-03-31T09:00:00.000Z' });
    expect(inviteLinkState(link({ revokedAt: new Date('2026-03-05T00:00:00Z'), expiresAt: new Date('2026-03-06T00:00:00Z') }), now).state).toBe('revoked');
    expect(inviteLinkState(link({ revokedAt: new Date('2026-03-05T00:00:00Z'), lastOpenedAt: new Date('2026-03-04T00:00:00Z') }), now).state).toBe('revoked');
  });
});
