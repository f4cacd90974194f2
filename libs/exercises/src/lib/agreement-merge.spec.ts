import * as fc from 'fast-check';

import { agreementItemKey, mergeAgreementItems } from './agreement-merge';
import type { ExerciseDefinition } from './model';
import { getDefinition } from './registry';

const boundaries = getDefinition('set-boundaries', 1) as ExerciseDefinition;

describe('mergeAgreementItems', () => {
  it('makes the same text from both partners one item with both ids, after trimming, case and whitespace folding', () => {
    const items = mergeAgreementItems(boundaries, [
      {
        partnerId: 'a',
        answers: {
          needs: ['Honest answers', '  Time  alone on Sundays '],
          limits: ['No secrets'],
        },
      },
      {
        partnerId: 'b',
        answers: {
          needs: ['honest   ANSWERS', 'A weekly walk'],
          safetyCheck: 'yes',
          privateNote: 'not for the agreement',
        },
      },
    ]);
    expect(items).toEqual([
      { fieldId: 'needs', text: 'Honest answers', from: ['a', 'b'] },
      { fieldId: 'needs', text: 'Time alone on Sundays', from: ['a'] },
      { fieldId: 'needs', text: 'A weekly walk', from: ['b'] },
      { fieldId: 'limits', text: 'No secrets', from: ['a'] },
    ]);
  });

  it('keeps the same words in two different fields apart, drops empty items, and counts a partner once', () => {
    const items = mergeAgreementItems(boundaries, [
      {
        partnerId: 'a',
        answers: { needs: ['Space', 'space', '   '], desires: ['Space'] },
      },
      { partnerId: 'b', answers: { needs: 'not a list' as never } },
    ]);
    expect(items).toEqual([
      { fieldId: 'needs', text: 'Space', from: ['a'] },
      { fieldId: 'desires', text: 'Space', from: ['a'] },
    ]);
  });

  it('never takes anything but list fields that are not counselor-only', () => {
    const fake: ExerciseDefinition = {
      ...boundaries,
      sections: [
        {
          id: 'x',
          title: 'x',
          fields: [
            {
              id: 'secret',
              type: 'list',
              label: 'x',
              counselorOnly: true,
              maxItems: 3,
              maxLength: 10,
            },
            { id: 'story', type: 'longText', label: 'x', maxLength: 10 },
          ],
        },
      ],
    };
    expect(
      mergeAgreementItems(fake, [
        { partnerId: 'a', answers: { secret: ['x'], story: 'y' } },
      ]),
    ).toEqual([]);
  });

  it('never loses an item, and merges exactly the items with equal keys (property)', () => {
    const word = fc.constantFrom(
      'Trust',
      'trust ',
      ' TRUST',
      'Honesty',
      'honesty',
      'Calm',
      'calm  talk',
      'Calm Talk',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 6 }),
        fc.array(word, { maxLength: 6 }),
        (mine, theirs) => {
          const items = mergeAgreementItems(boundaries, [
            { partnerId: 'a', answers: { needs: mine } },
            { partnerId: 'b', answers: { needs: theirs } },
          ]);
          const keys = new Set([...mine, ...theirs].map(agreementItemKey));
          return (
            items.length === keys.size &&
            items.every(
              (item) => item.from.length >= 1 && item.from.length <= 2,
            ) &&
            items.every(
              (item) =>
                item.from.includes('b') ===
                theirs.some(
                  (t) => agreementItemKey(t) === agreementItemKey(item.text),
                ),
            )
          );
        },
      ),
    );
  });
});
