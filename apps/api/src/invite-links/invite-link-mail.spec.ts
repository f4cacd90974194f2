import { inviteLinkMail } from './invite-link-mail';

describe('inviteLinkMail', () => {
  const mail = inviteLinkMail({
    to: 'robin@example.org',
    partnerName: 'Robin',
    counselorName: 'Ben Okafor',
    practiceName: 'Riverside Couples Counselling',
    url: 'https://care.example.org/i/abc',
    expiresAt: new Date('2026-06-30T09:00:00Z'),
  });

  it('is a short, kind, plain-text mail with the link and its expiry', () => {
    expect(mail.to).toBe('robin@example.org');
    expect(mail.subject).toBe('Your private link from Riverside Couples Counselling');
    expect(mail.text).toMatch(/^Hello Robin,\n/);
    expect(mail.text).toContain('Ben Okafor at Riverside Couples Counselling');
    expect(mail.text).toContain('\nhttps://care.example.org/i/abc\n');
    expect(mail.text).toContain('It works until 30 June 2026.');
    expect(mail.text).toContain('Your partner gets their own.');
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });
});
