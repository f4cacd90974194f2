import { scrubDetails } from './audit-record';

describe('scrubDetails', () => {
  it('drops keys that look like secrets and keeps the rest', () => {
    expect(scrubDetails({ password: 'x', newPassword: 'y', token: 't', totp: '123456', recoveryCode: 'r', reason: 'wrong_password', roles: ['admin'] })).toEqual({
      reason: 'wrong_password',
      roles: ['admin'],
    });
    expect(scrubDetails(undefined)).toEqual({});
  });
});
