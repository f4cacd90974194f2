import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode, normalizeRecoveryCode } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes of 16 symbols', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  });

  it('hashes the same code the same way however it is typed', () => {
    expect(hashRecoveryCode('abcd-efgh-jkmn-pqrs')).toBe(hashRecoveryCode('ABCD EFGH JKMN PQRS'));
    expect(normalizeRecoveryCode('ab-cd')).toBe('ABCD');
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn-pqrs')).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
