import { passwordResetMail, PasswordResetMailFacts } from './password-reset-mail';

describe('passwordResetMail', () => {
  const facts: PasswordResetMailFacts = { to: 'ben@example.org', locale: 'en', displayName: 'Ben', practiceName: 'Riverside', url: 'https://care.example.org/password-reset/tok' };

  it('in English, asked on the sign-in page or sent by an admin', () => {
    const self = passwordResetMail(facts);
    expect(self).toMatchObject({ locale: 'en', subject: 'Reset your password' });
    expect(self.text).toMatch(/^Hello Ben,\n/);
    expect(self.text).toContain('Someone (we hope you) asked to reset the password');
    expect(self.text).toContain('\nhttps://care.example.org/password-reset/tok\n');
    expect(passwordResetMail({ ...facts, sentBy: 'Ada Admin' }).text).toContain('Ada Admin, an admin at Riverside, sent you a link');
  });

  it('in Spanish for a Spanish-reading account', () => {
    const self = passwordResetMail({ ...facts, locale: 'es' });
    expect(self).toMatchObject({ locale: 'es', subject: 'Restablece tu contraseña' });
    expect(self.text).toMatch(/^Hola, Ben:\n/);
    expect(self.text).toContain('Alguien (esperamos que tú) pidió restablecer la contraseña');
    expect(self.text).toContain('\nhttps://care.example.org/password-reset/tok\n');
    expect(passwordResetMail({ ...facts, locale: 'es', sentBy: 'Ada Admin' }).text).toContain('Ada Admin, de la administración de Riverside, te envió un enlace');
  });
});
