import { visibilityNotice } from './visibility-notice';

describe('visibilityNotice', () => {
  const always = 'Your private note and your answer to the safety question stay with your counselor.';

  it('counselor_only: only the counselor', () => {
    expect(visibilityNotice('counselor_only', 'Sam')).toEqual({ readers: 'Only your counselor reads your answers.', counselorOnly: always });
  });

  it('after_both_submit: the other partner once both submitted, unless the counselor keeps them', () => {
    expect(visibilityNotice('after_both_submit', 'Sam')).toEqual({
      readers: 'Your counselor reads your answers. Once you have both submitted, Sam can read them too — unless your counselor keeps them for your next session.',
      counselorOnly: always,
    });
  });

  it('in_session: the counselor may share them in a session', () => {
    expect(visibilityNotice('in_session', 'Sam')).toEqual({
      readers: 'Your counselor reads your answers and may share them with Sam during a session.',
      counselorOnly: always,
    });
  });

  it('says "your partner" without a name, and never mentions safety holds or the couple', () => {
    expect(visibilityNotice('in_session', null).readers).toContain('share them with your partner during');
    expect(visibilityNotice('after_both_submit', '  ').readers).toContain('your partner can read them too');
    for (const v of ['counselor_only', 'after_both_submit', 'in_session'] as const) {
      expect(visibilityNotice(v, 'Sam').readers).not.toMatch(/safety|flag|held|hold/i);
    }
  });
});
