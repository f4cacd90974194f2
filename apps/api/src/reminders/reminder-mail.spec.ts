import { reminderMail, ReminderMailFacts } from './reminder-mail';

describe('reminderMail', () => {
  const facts: ReminderMailFacts = {
    to: 'robin@example.org',
    locale: 'en',
    partnerName: 'Robin',
    counselorName: 'Ben Okafor',
    practiceName: 'Riverside Couples Counselling',
    dueDates: [new Date('2026-06-12T10:00:00Z'), new Date('2026-06-08T10:00:00Z')],
    timeZone: 'Europe/Madrid',
    now: new Date('2026-06-10T10:00:00Z'),
    signInUrl: 'https://care.example.org/i/once',
    unsubscribeUrl: 'https://care.example.org/api/mail/unsubscribe?token=t',
  };

  it('in English: what waits and when (past ones said so), the links, one-click unsubscribe headers', () => {
    const mail = reminderMail(facts);
    expect(mail.locale).toBe('en');
    expect(mail.subject).toBe('A reminder: something is waiting for you');
    expect(mail.text).toMatch(/^Hello Robin,\n/);
    expect(mail.text).toContain('Ben Okafor has 2 exercises waiting for you:\n- was due Monday 8 June\n- due Friday 12 June\n');
    expect(mail.text).toContain('\nhttps://care.example.org/i/once\n');
    expect(mail.text).toContain('\nhttps://care.example.org/api/mail/unsubscribe?token=t\n');
    expect(mail.headers).toEqual({ 'List-Unsubscribe': '<https://care.example.org/api/mail/unsubscribe?token=t>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('in Spanish: "para el <fecha>", Spanish day and month names, the same links and headers', () => {
    const mail = reminderMail({ ...facts, locale: 'es' });
    expect(mail.locale).toBe('es');
    expect(mail.subject).toBe('Un recordatorio: algo te espera');
    expect(mail.text).toMatch(/^Hola, Robin:\n/);
    expect(mail.text).toContain('Ben Okafor te dejó 2 ejercicios pendientes:\n- era para el lunes, 8 de junio\n- para el viernes, 12 de junio\n');
    expect(mail.text).toContain('Para dejar de recibir estos recordatorios');
    expect(mail.text).toContain('\nhttps://care.example.org/api/mail/unsubscribe?token=t\n');
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('one exercise, and no counselor name: "your counselor" in each language', () => {
    const one = { ...facts, counselorName: undefined, dueDates: [new Date('2026-06-12T10:00:00Z')] };
    expect(reminderMail(one).text).toContain('Your counselor has an exercise waiting for you:');
    expect(reminderMail({ ...one, locale: 'es' }).text).toContain('Tu terapeuta te dejó un ejercicio pendiente:');
  });
});
