import * as fc from 'fast-check';

import { arbitraryAnswersFor } from '../testing';
import {
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
} from './counselor-fields';
import { fieldsOf } from './fields';
import type { Answers } from './model';
import { partnerVisibleAnswers } from './partner-visible-answers';
import { getDefinition, RELEASED_DEFINITIONS } from './registry';

describe('partnerVisibleAnswers', () => {
  const definition = getDefinition('acknowledge-the-breach', 1);
  if (!definition) {
    throw new Error('acknowledge-the-breach v1 is missing');
  }

  it('leaves out the private note and the safety check', () => {
    const answers: Answers = {
      whatHappened: 'We argued.',
      readiness: 4,
      [PRIVATE_NOTE_FIELD_ID]: 'Only for you.',
      [SAFETY_CHECK_FIELD_ID]: 'unsure',
    };
    expect(partnerVisibleAnswers(definition, answers)).toEqual({
      whatHappened: 'We argued.',
      readiness: 4,
    });
  });

  it('leaves out keys the definition does not know', () => {
    const answers = { whatHappened: 'x', secret: 'not a question' } as Answers;
    expect(partnerVisibleAnswers(definition, answers)).toEqual({
      whatHappened: 'x',
    });
  });

  it('does not change the answers it was given', () => {
    const answers: Answers = {
      whatHappened: 'x',
      [PRIVATE_NOTE_FIELD_ID]: 'y',
    };
    partnerVisibleAnswers(definition, answers);
    expect(answers).toEqual({
      whatHappened: 'x',
      [PRIVATE_NOTE_FIELD_ID]: 'y',
    });
  });

  it.each(
    RELEASED_DEFINITIONS.map((d) => [`${d.key}@${d.version}`, d] as const),
  )(
    'never returns a counselor-only field, and keeps every other answer (%s)',
    (_id, released) => {
      const counselorOnly = fieldsOf(released)
        .filter((field) => field.counselorOnly)
        .map((field) => field.id);
      expect(counselorOnly.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          arbitraryAnswersFor(released, { fill: 'all' }),
          (answers) => {
            const visible = partnerVisibleAnswers(released, answers);
            expect(
              Object.keys(visible).filter((id) => counselorOnly.includes(id)),
            ).toEqual([]);
            const expected = Object.fromEntries(
              Object.entries(answers).filter(
                ([id]) => !counselorOnly.includes(id),
              ),
            );
            expect(visible).toEqual(expected);
          },
        ),
      );
    },
  );
});
