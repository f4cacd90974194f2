/**
 * Small exercise definitions for the component tests of this library. They are not the real
 * exercises (those live in @trp/exercises); they cover every field type and option.
 */
import type { ExerciseDefinition, Field } from '@trp/exercises';

export const LONG_TEXT_FIELD: Field = {
  id: 'whatHappened',
  type: 'longText',
  label: 'What happened, in your own words',
  help: 'Write as much or as little as you like.',
  required: true,
  maxLength: 20,
};

export const SHORT_TEXT_FIELD: Field = {
  id: 'hardToSay',
  type: 'shortText',
  label: 'One thing you found hard to say',
  maxLength: 10,
};

export const SCALE_FIELD: Field = {
  id: 'readiness',
  type: 'scale',
  label: 'How ready do you feel to rebuild trust?',
  min: 1,
  max: 10,
  minLabel: 'Not ready at all',
  maxLabel: 'Completely ready',
};

export const EMOTIONS_FIELD: Field = {
  id: 'emotionsNow',
  type: 'emotions',
  label: 'The emotions you feel now',
  maxItems: 3,
};

export const FEELINGS_TABLE_FIELD: Field = {
  id: 'feelings',
  type: 'feelingsTable',
  label: 'Your feelings and your partner’s',
  maxItems: 2,
};

export const LIST_FIELD: Field = {
  id: 'needs',
  type: 'list',
  label: 'My needs',
  maxItems: 3,
  maxLength: 12,
};

export const I_STATEMENT_FIELD: Field = {
  id: 'statements',
  type: 'iStatement',
  label: 'Your “I” statements',
  maxItems: 2,
  maxLength: 40,
};

export const CHOICE_FIELD: Field = {
  id: 'safety',
  type: 'choice',
  label: 'Do you feel safe with your partner?',
  required: true,
  counselorOnly: true,
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'unsure', label: 'I am not sure' },
    { value: 'no', label: 'No' },
  ],
  flagWhen: ['unsure', 'no'],
};

export const PERSPECTIVE_FIELD: Field = {
  id: 'understand',
  type: 'longText',
  label: 'What matters most to you now',
  perspectiveLabels: {
    hurt: 'What you need your partner to understand',
    involved: 'What you take responsibility for',
  },
};

export const PRIVATE_NOTE_FIELD: Field = {
  id: 'privateNote',
  type: 'longText',
  label: 'A private note to your counselor',
  counselorOnly: true,
};

export const FIXTURE_DEFINITION: ExerciseDefinition = {
  key: 'fixture',
  version: 1,
  title: 'A fixture exercise',
  summary: 'Every field type once.',
  sections: [
    {
      id: 'reflect',
      title: 'Looking back',
      intro: 'Take your time. You can stop and come back later.',
      fields: [LONG_TEXT_FIELD, PERSPECTIVE_FIELD, EMOTIONS_FIELD, SCALE_FIELD],
    },
    {
      id: 'talk',
      title: 'Talking together',
      fields: [FEELINGS_TABLE_FIELD, I_STATEMENT_FIELD, SHORT_TEXT_FIELD, LIST_FIELD],
    },
    {
      id: 'private',
      title: 'Just for your counselor',
      fields: [PRIVATE_NOTE_FIELD, CHOICE_FIELD],
    },
  ],
};
