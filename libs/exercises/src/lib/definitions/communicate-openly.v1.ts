import type { ExerciseDefinition } from '../model';
import { forYourCounselorSectionV1 } from './for-your-counselor.v1';

/**
 * Communicate openly and honestly, version 1. Released: never edit this file. To change the
 * exercise, add `communicate-openly.v2.ts` and register it (see the library README).
 */
export const communicateOpenlyV1: ExerciseDefinition = {
  key: 'communicate-openly',
  version: 1,
  title: 'Communicate openly and honestly',
  summary:
    'Put feelings into words, practice saying a hard thing without blame, and notice what you heard from your partner.',
  sections: [
    {
      id: 'feelings-table',
      title: 'Your feelings and theirs',
      intro:
        'Feelings on both sides are often different. Naming them is a first step to understanding each other.',
      fields: [
        {
          id: 'feelingsTable',
          type: 'feelingsTable',
          label:
            'What do you feel? And what do you believe your partner feels?',
          help: 'First, pick what you feel and how strongly, from 0 to 10. Then make your best guess at what your partner feels. Guesses are fine: your counselor will help you compare.',
        },
      ],
    },
    {
      id: 'i-statements',
      title: 'Saying it with "I"',
      intro:
        'Starting with "I" lets you share a concern without blame. It helps your partner listen, rather than defend themselves.',
      fields: [
        {
          id: 'concern',
          type: 'shortText',
          label: 'Which one concern do you want to talk about?',
          help: 'A few words is enough. For example: "Coming home late without a message."',
          maxLength: 300,
        },
        {
          id: 'iStatements',
          type: 'iStatement',
          label: 'Say it with "I": I feel … when … because … and I need …',
          help: 'Write up to three, all about the same concern. For example: "I feel anxious when you come home late without a message, because my mind goes to the worst, and I need a short text when plans change."',
          maxItems: 3,
          maxLength: 300,
        },
      ],
    },
    {
      id: 'active-listening',
      title: 'Listening',
      intro:
        'After you and your partner have talked, take a few minutes for these. They do not need to be perfect.',
      fields: [
        {
          id: 'heardPartnerSay',
          type: 'longText',
          label: 'What did you hear your partner say?',
          help: 'Put it in your own words, as if you were saying it back to them. For example: "You said you feel alone when I am on my phone at dinner."',
          maxLength: 4000,
        },
        {
          id: 'understoodPartnerNeeds',
          type: 'longText',
          label: 'What did you understand that your partner needs?',
          help: 'Your best understanding is enough. You can check it with them later.',
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'hard-to-say',
      title: 'Something hard to say',
      fields: [
        {
          id: 'hardToSay',
          type: 'longText',
          label: 'What is one thing you found hard to say?',
          help: 'It can be something you said, or something you held back. It is fine if you have not said it out loud yet.',
          maxLength: 4000,
        },
      ],
    },
    forYourCounselorSectionV1,
  ],
};
