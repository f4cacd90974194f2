import { inviteLinkMail, InviteMailFacts } from './invite-link-mail';

describe('inviteLinkMail', () => {
  const facts: InviteMailFacts = {
    to: 'robin@example.org',
    locale: 'en',
    partnerName: 'Robin',
    counselorName: 'Ben Okafor',
    practiceName: 'Riverside Couples Counselling',
    url: 'https://care.example.org/i/abc',
    expiresAt: new Date('2026-06-30T09:00:00Z'),
  };

  it('is a short, kind, plain-text mail with the link and its expiry', () => {
    const mail = inviteLinkMail(facts);
    expect(mail.to).toBe('robin@example.org');
    expect(mail.locale).toBe('en');
    expect(mail.subject).toBe('Your private link from Riverside Couples Counselling');
    expect(mail.text).toMatch(/^Hello Robin,\n/);
    expect(mail.text).toContain('Ben Okafor at Riverside Couples Counselling');
    expect(mail.text).toContain('\nhttps://care.example.org/i/abc\n');
    expect(mail.text).toContain('It works until 30 June 2026.');
    expect(mail.text).toContain('Your partner gets their own.');
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it('in Spanish for a Spanish-reading partner: tú, the date as they write it, the same link', () => {
    const mail = inviteLinkMail({ ...facts, locale: 'es' });
    expect(mail.locale).toBe('es');
    expect(mail.subject).toBe('Tu enlace personal de Riverside Couples Counselling');
    expect(mail.text).toMatch(/^Hola, Robin:\n/);
    expect(mail.text).toContain('Ben Okafor, de Riverside Couples Counselling, preparó un espacio privado');
    expect(mail.text).toContain('\nhttps://care.example.org/i/abc\n');
    expect(mail.text).toContain('Funciona hasta el 30 de junio de 2026.');
    expect(mail.text).toContain('Tu pareja recibe el suyo.');
    expect(mail.text).not.toMatch(/Hello|Your partner/);
  });

  it('says "your counselor" in the reader\'s language when the counselor account is gone', () => {
    expect(inviteLinkMail({ ...facts, counselorName: undefined }).text).toContain('Your counselor at Riverside');
    expect(inviteLinkMail({ ...facts, locale: 'es', counselorName: undefined }).text).toContain('Tu terapeuta, de Riverside');
  });
});
