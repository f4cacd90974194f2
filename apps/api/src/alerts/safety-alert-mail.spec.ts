import { safetyAlertMail, SafetyAlertMailFacts } from './safety-alert-mail';

describe('safetyAlertMail', () => {
  const facts: SafetyAlertMailFacts = { to: 'ben@example.org', locale: 'en', counselorName: 'Ben Okafor', practiceName: 'Riverside', signInUrl: 'https://care.example.org/sign-in' };

  it('in English: a neutral subject, where to sign in, no names or answers', () => {
    const mail = safetyAlertMail(facts);
    expect(mail).toMatchObject({ to: 'ben@example.org', locale: 'en', subject: 'Something in your caseload needs a look' });
    expect(mail.text).toMatch(/^Hello Ben Okafor,\n/);
    expect(mail.text).toContain('\nhttps://care.example.org/sign-in\n');
    expect(mail.text).toContain('This email holds no names and no answers, on purpose.');
  });

  it('in Spanish for a Spanish-reading counselor', () => {
    const mail = safetyAlertMail({ ...facts, locale: 'es' });
    expect(mail).toMatchObject({ locale: 'es', subject: 'Hay algo en tus casos que necesita tu atención' });
    expect(mail.text).toMatch(/^Hola, Ben Okafor:\n/);
    expect(mail.text).toContain('Inicia sesión para verla');
    expect(mail.text).toContain('\nhttps://care.example.org/sign-in\n');
    expect(mail.text).toContain('Este correo no incluye nombres ni respuestas, a propósito.');
  });

  it('greets by email when the counselor has no name yet', () => {
    expect(safetyAlertMail({ ...facts, counselorName: '', locale: 'es' }).text).toMatch(/^Hola, ben@example\.org:\n/);
  });
});
