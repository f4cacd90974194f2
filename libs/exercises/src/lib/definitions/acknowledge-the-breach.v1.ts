import type { ExerciseDefinition } from '../model';
import { forYourCounselorSectionV1 } from './for-your-counselor.v1';

/**
 * Acknowledge the breach, version 1. Released: never edit this file. To change the exercise,
 * add `acknowledge-the-breach.v2.ts` and register it (see the library README).
 */
export const acknowledgeTheBreachV1: ExerciseDefinition = {
  key: 'acknowledge-the-breach',
  version: 1,
  title: 'Acknowledge the breach',
  summary:
    'A quiet look at what happened and how it has touched you. There are no right or wrong answers.',
  sections: [
    {
      id: 'what-happened',
      title: 'What happened',
      intro:
        'Take your time. Write as much or as little as you like. Your answers are saved as you go, so you can stop and come back later.',
      fields: [
        {
          id: 'whatHappened',
          type: 'longText',
          label: 'What happened, in your own words?',
          perspectiveLabels: {
            hurt: 'What happened, as you experienced it?',
            involved: 'What did you do? Say it in your own words.',
          },
          help: "Plain facts are enough, in a few sentences. You don't need to explain or defend anything here.",
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'feelings-now',
      title: 'How you feel now',
      intro:
        'Every feeling is allowed here. You do not need to judge or explain them.',
      fields: [
        {
          id: 'feelingsNow',
          type: 'emotions',
          label:
            'Which feelings are with you right now? How strong is each one?',
          help: 'Pick any that fit. Then set each one from 0 (barely there) to 10 (as strong as it gets). Mixed feelings are normal.',
          maxItems: 11,
        },
      ],
    },
    {
      id: 'impact',
      title: 'How it has affected you',
      fields: [
        {
          id: 'impactOnLife',
          type: 'longText',
          label: 'How has this affected your everyday life?',
          help: 'Think about your sleep, your work, your family and friends, and closeness between you two. For example: "I wake up at 3 am and can\'t get back to sleep."',
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'what-matters',
      title: 'What matters most',
      fields: [
        {
          id: 'mostImportant',
          type: 'longText',
          label: 'What do you most need your partner to hear or understand?',
          perspectiveLabels: {
            hurt: 'What do you most need your partner to understand about how this hurt you?',
            involved:
              'What do you take responsibility for? What does your apology need to cover?',
          },
          help: 'Be as honest as you can. Short and plain is fine. Try to stay with this one event rather than everything at once.',
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'readiness',
      title: 'Looking ahead',
      fields: [
        {
          id: 'readiness',
          type: 'scale',
          label: 'How ready do you feel to work on rebuilding trust?',
          help: 'There is no right number. It is fine if it changes from week to week.',
          min: 1,
          max: 10,
          minLabel: 'Not ready yet',
          maxLabel: 'Fully ready',
        },
      ],
    },
    forYourCounselorSectionV1,
  ],
};
