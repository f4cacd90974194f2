import { dailySummaryMail, DailySummaryMailFacts } from './daily-summary-mail';

describe('dailySummaryMail', () => {
  const facts: DailySummaryMailFacts = {
    to: 'ben@example.org',
    locale: 'en',
    counselorName: 'Ben Okafor',
    practiceName: 'Riverside',
    signInUrl: 'https://care.example.org/sign-in',
    counts: { readyToReview: 3, overdue: 1, sessionsToday: 2 },
  };

  it('in English: counts only', () => {
    const mail = dailySummaryMail(facts);
    expect(mail).toMatchObject({ locale: 'en', subject: 'Your morning summary' });
    expect(mail.text).toContain('Good morning Ben Okafor,');
    expect(mail.text).toContain('- Ready to review: 3\n- Overdue: 1\n- Sessions today: 2\n');
  });

  it('in Spanish: the same counts, the words of the glossary', () => {
    const mail = dailySummaryMail({ ...facts, locale: 'es' });
    expect(mail).toMatchObject({ locale: 'es', subject: 'Tu resumen de la mañana' });
    expect(mail.text).toMatch(/^Buenos días, Ben Okafor:\n/);
    expect(mail.text).toContain('- Para revisar: 3\n- Atrasados: 1\n- Sesiones de hoy: 2\n');
    expect(mail.text).toContain('desactiva el resumen de la mañana en tus preferencias');
  });
});
