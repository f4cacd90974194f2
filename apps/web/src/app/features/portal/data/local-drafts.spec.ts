import { decideStart, LocalDrafts, sameAnswers } from './local-drafts';

describe('LocalDrafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one draft per partner and assignment, and forgets it', () => {
    const drafts = new LocalDrafts();
    drafts.write('p1', 'a1', { answers: { x: 'one' }, baseVersion: 2, changedAt: 10 });
    drafts.write('p2', 'a1', { answers: { x: 'two' }, baseVersion: 0, changedAt: 11 });
    expect(drafts.read('p1', 'a1')).toEqual({ answers: { x: 'one' }, baseVersion: 2, changedAt: 10 });
    expect(drafts.read('p2', 'a1')?.answers).toEqual({ x: 'two' });
    drafts.remove('p1', 'a1');
    expect(drafts.read('p1', 'a1')).toBeNull();
    expect(drafts.read('p2', 'a1')).not.toBeNull();
  });

  it('survives broken or unavailable storage', () => {
    localStorage.setItem(new LocalDrafts().key('p', 'a'), '{not json');
    expect(new LocalDrafts().read('p', 'a')).toBeNull();
    const none = new LocalDrafts(null);
    none.write('p', 'a', { answers: {}, baseVersion: 0, changedAt: 0 });
    expect(none.read('p', 'a')).toBeNull();
  });
});

describe('decideStart (restoring after a reload)', () => {
  const server = { status: 'draft', version: 3, answers: { x: 'server' } };

  it('restores a local draft typed on top of the server’s current version', () => {
    expect(decideStart(server, { answers: { x: 'typed offline' }, baseVersion: 3, changedAt: 1 })).toEqual({ kind: 'local', answers: { x: 'typed offline' } });
    expect(decideStart({ status: 'not_started', version: 0, answers: {} }, { answers: { x: 'first' }, baseVersion: 0, changedAt: 1 })).toEqual({
      kind: 'local',
      answers: { x: 'first' },
    });
  });

  it('takes the server’s answers when there is no local copy, it is the same, or the response was submitted', () => {
    expect(decideStart(server, null)).toEqual({ kind: 'server' });
    expect(decideStart(server, { answers: { x: 'server' }, baseVersion: 1, changedAt: 1 })).toEqual({ kind: 'server' });
    expect(decideStart({ ...server, status: 'submitted' }, { answers: { x: 'late' }, baseVersion: 3, changedAt: 1 })).toEqual({ kind: 'server' });
  });

  it('asks when another device saved since the local copy was typed', () => {
    expect(decideStart(server, { answers: { x: 'old phone' }, baseVersion: 2, changedAt: 1 })).toEqual({ kind: 'conflict', local: { x: 'old phone' } });
  });

  it('compares answers whatever the key order', () => {
    expect(sameAnswers({ a: 1, b: ['one', 'two'], c: [{ feel: 'x', when: 'y', because: 'z', need: 'w' }] }, { c: [{ need: 'w', because: 'z', when: 'y', feel: 'x' }], b: ['one', 'two'], a: 1 })).toBe(true);
    expect(sameAnswers({ a: 1 }, { a: 2 })).toBe(false);
  });
});
