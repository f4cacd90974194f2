import { invitationMail, InvitationMailFacts } from './invitation-mail';

describe('invitationMail', () => {
  const facts: InvitationMailFacts = {
    to: 'new@example.org',
    locale: 'en',
    practiceName: 'Riverside',
    invitedBy: 'Ada Admin',
    url: 'https://care.example.org/invitation/tok',
    expiresAt: new Date('2026-07-01T12:00:00Z'),
  };

  it('in English: who invited, the link and until when', () => {
    const mail = invitationMail(facts);
    expect(mail).toMatchObject({ to: 'new@example.org', locale: 'en', subject: 'Your account at Riverside' });
    expect(mail.text).toContain('Ada Admin at Riverside has made an account for you on Trust Repair Practice.');
    expect(mail.text).toContain('The link works once, until 1 July 2026. If it stops working, ask Ada Admin to send a new one.');
    expect(mail.text).toContain('\nhttps://care.example.org/invitation/tok\n');
  });

  it('in Spanish (the practice\'s language for new staff)', () => {
    const mail = invitationMail({ ...facts, locale: 'es' });
    expect(mail).toMatchObject({ locale: 'es', subject: 'Tu cuenta en Riverside' });
    expect(mail.text).toContain('Ada Admin, de Riverside, te creó una cuenta en Trust Repair Practice.');
    expect(mail.text).toContain('El enlace funciona una sola vez, hasta el 1 de julio de 2026. Si deja de funcionar, pídele uno nuevo a Ada Admin.');
    expect(mail.text).toContain('\nhttps://care.example.org/invitation/tok\n');
  });

  it('without the inviter\'s name, each language says who to ask', () => {
    expect(invitationMail({ ...facts, invitedBy: undefined }).text).toContain('ask your practice admin to send a new one');
    const es = invitationMail({ ...facts, locale: 'es', invitedBy: undefined }).text;
    expect(es).toContain('En Riverside te crearon una cuenta');
    expect(es).toContain('pídele uno nuevo a la administración de tu consulta');
  });
});
