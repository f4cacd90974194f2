import { getDefinition } from '@trp/exercises';
import { assembleDigest, DigestFacts } from './digest-assembly';

const acknowledge = getDefinition('acknowledge-the-breach', 1);
const boundaries = getDefinition('set-boundaries', 1);
if (!acknowledge || !boundaries) throw new Error('definitions missing');

const since = new Date('2026-11-26T16:00:00Z');
const now = new Date('2026-12-03T09:00:00Z');
const partners = [
  { id: 'p1', name: 'Alex' },
  { id: 'p2', name: 'Sam' },
];

describe('assembleDigest', () => {
  const facts: DigestFacts = {
    since,
    now,
    partners,
    assignments: [
      { id: 'old', opensAt: new Date('2026-11-01T10:00:00Z'), definition: acknowledge },
      { id: 'new', opensAt: new Date('2026-11-28T10:00:00Z'), definition: boundaries },
      { id: 'later', opensAt: new Date('2026-12-10T10:00:00Z'), definition: boundaries },
    ],
    responses: [
      { assignmentId: 'old', partnerId: 'p1', submittedAt: new Date('2026-11-10T10:00:00Z'), answers: { readiness: 2, safetyCheck: 'no' } },
      { assignmentId: 'old', partnerId: 'p2', submittedAt: new Date('2026-11-29T10:00:00Z'), answers: { readiness: 9, safetyCheck: 'yes' } },
    ],
  };

  it('lists what opened and who submitted since the last session, oldest first, and nothing from before or not yet open', () => {
    const { news } = assembleDigest(facts);
    expect(news).toEqual([
      { at: '2026-11-28T10:00:00.000Z', text: `${boundaries.title} opened` },
      { at: '2026-11-29T10:00:00.000Z', text: `Sam submitted ${acknowledge.title}` },
    ]);
  });

  it('names the largest differences on scales when either submission is new, never a counselor-only answer', () => {
    const { differences } = assembleDigest(facts);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toContain('Alex 2, Sam 9');
  });

  it('compares nothing when both submissions are older than the last session', () => {
    const old = assembleDigest({ ...facts, since: new Date('2026-11-30T00:00:00Z') });
    expect(old.differences).toEqual([]);
    expect(old.news).toEqual([]);
  });
});
