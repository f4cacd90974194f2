import { passwordProblem } from './password-policy';

describe('passwordProblem (ASVS level 2)', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('quiet harbour evening tea')).toBeUndefined();
    expect(passwordProblem('alllowercaseletters')).toBeUndefined();
  });

  it('requires 12 to 128 characters, counting characters, not bytes', () => {
    expect(passwordProblem('short-pass1')).toMatch(/at least 12/);
    expect(passwordProblem('a'.repeat(60) + 'b'.repeat(69))).toMatch(/at most 128/);
    expect(passwordProblem('ééééééééééé')).toMatch(/at least 12/);
    expect(passwordProblem('😀🌿🌊🔥🍀🌙⭐🎈🎵🌈🍎🚲')).toBeUndefined();
  });

  it('refuses common passwords from the bundled list, case-insensitively and with digits added', () => {
    expect(passwordProblem('qwertyuiop123')).toMatch(/too common/);
    expect(passwordProblem('1qaz2wsx3edc')).toMatch(/too common/);
    expect(passwordProblem('PASSWORD12345')).toMatch(/too common/);
    expect(passwordProblem('sunshine2024!')).toMatch(/too common/);
  });

  it('refuses one repeated character', () => {
    expect(passwordProblem('zzzzzzzzzzzzzzzz')).toMatch(/repeated/);
  });

  it('refuses the own email or its local part', () => {
    expect(passwordProblem('maria.lopez@example.org', { email: 'maria.lopez@example.org' })).toMatch(/email/);
    expect(passwordProblem('my maria.lopez secret', { email: 'Maria.Lopez@example.org' })).toMatch(/email/);
    expect(passwordProblem('my quiet harbour secret', { email: 'maria.lopez@example.org' })).toBeUndefined();
  });
});
