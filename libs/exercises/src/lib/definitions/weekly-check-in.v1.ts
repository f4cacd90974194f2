import type { ExerciseDefinition } from '../model';
import { forYourCounselorSectionV1 } from './for-your-counselor.v1';

/**
 * How are things this week, version 1: a brief check-in of this product's own, made for repeating weekly. It is
 * not a validated instrument (the staff app says so wherever its score is shown); its score only follows change
 * for one couple over time. Released: never edit this file. To change it, add `weekly-check-in.v2.ts`.
 */
export const weeklyCheckInV1: ExerciseDefinition = {
  key: 'weekly-check-in',
  version: 1,
  title: 'How are things this week',
  summary:
    'Five quick questions about the past week. It takes about two minutes, and it is fine if your answers change from week to week.',
  sections: [
    {
      id: 'this-week',
      title: 'The past week',
      intro:
        'Think about the last seven days as a whole, not just today. Go with your first answer: there is no right number.',
      fields: [
        {
          id: 'trust',
          type: 'scale',
          label: 'How much were you able to trust your partner this week?',
          min: 1,
          max: 5,
          minLabel: 'Hardly at all',
          maxLabel: 'Fully',
        },
        {
          id: 'feelingSafe',
          type: 'scale',
          label: 'How safe and at ease did you feel with your partner?',
          min: 1,
          max: 5,
          minLabel: 'Not at all',
          maxLabel: 'Completely',
        },
        {
          id: 'closeness',
          type: 'scale',
          label: 'How close did you feel to each other?',
          min: 1,
          max: 5,
          minLabel: 'Far apart',
          maxLabel: 'Very close',
        },
        {
          id: 'hope',
          type: 'scale',
          label: 'How hopeful do you feel about the two of you?',
          min: 1,
          max: 5,
          minLabel: 'Not hopeful',
          maxLabel: 'Very hopeful',
        },
        {
          id: 'weighedOnMe',
          type: 'scale',
          label: 'How much did what happened weigh on you this week?',
          help: 'A heavy week is nothing to hide. Your counselor wants to know.',
          min: 1,
          max: 5,
          minLabel: 'Hardly at all',
          maxLabel: 'A great deal',
        },
      ],
    },
    forYourCounselorSectionV1,
  ],
  scoring: {
    fields: [
      { fieldId: 'trust' },
      { fieldId: 'feelingSafe' },
      { fieldId: 'closeness' },
      { fieldId: 'hope' },
      { fieldId: 'weighedOnMe', reverse: true },
    ],
    bands: [
      { min: 5, max: 11, label: 'A hard week' },
      { min: 12, max: 18, label: 'Mixed' },
      { min: 19, max: 25, label: 'A steadier week' },
    ],
  },
};
