import type { ExerciseDefinition } from '../model';
import { forYourCounselorSectionV1 } from './for-your-counselor.v1';

/**
 * Set boundaries and expectations, version 1. Released: never edit this file. To change the
 * exercise, add `set-boundaries.v2.ts` and register it (see the library README).
 */
export const setBoundariesV1: ExerciseDefinition = {
  key: 'set-boundaries',
  version: 1,
  title: 'Set boundaries and expectations',
  summary:
    'Name what you need and where your limits are, so you can agree together on what helps you both feel safe.',
  sections: [
    {
      id: 'needs-wishes-limits',
      title: 'Needs, wishes and limits',
      intro:
        'Short items work best: a few words or one sentence each. Boundaries are about feeling safe and respected, not about controlling each other.',
      fields: [
        {
          id: 'needs',
          type: 'list',
          label: 'What do you need in your relationship right now?',
          help: 'Things that feel essential to you. For example: "Honest answers when I ask a question."',
          maxItems: 10,
          maxLength: 300,
        },
        {
          id: 'desires',
          type: 'list',
          label: 'What would you like, even if it is not essential?',
          help: 'For example: "A walk together on Sunday mornings."',
          maxItems: 10,
          maxLength: 300,
        },
        {
          id: 'limits',
          type: 'list',
          label: 'Where are your limits?',
          help: 'Things you cannot accept, or cannot do yet. For example: "I am not ready to talk about this with our families."',
          maxItems: 10,
          maxLength: 300,
        },
      ],
    },
    {
      id: 'breaches',
      title: 'What would break trust',
      fields: [
        {
          id: 'breachBehaviors',
          type: 'list',
          label: 'What would feel to you like a breach of trust?',
          help: 'Name behaviors, as clearly as you can. For example: "Deleting messages" or "Meeting up without telling me."',
          maxItems: 10,
          maxLength: 300,
        },
      ],
    },
    {
      id: 'openness',
      title: 'Openness and accountability',
      intro: 'Trust grows when both of you know what to expect.',
      fields: [
        {
          id: 'opennessOffered',
          type: 'list',
          label: 'What openness and accountability can you offer?',
          help: 'For example: "I will tell you if they contact me."',
          maxItems: 10,
          maxLength: 300,
        },
        {
          id: 'opennessAsked',
          type: 'list',
          label: 'What openness and accountability would you like to ask for?',
          help: 'For example: "A message when plans change."',
          maxItems: 10,
          maxLength: 300,
        },
      ],
    },
    {
      id: 'if-crossed',
      title: 'If a boundary is crossed',
      fields: [
        {
          id: 'ifBoundaryCrossed',
          type: 'list',
          label:
            'What would you like the two of you to agree on if a boundary is crossed?',
          help: 'Think of steps that help you repair, not punishments. For example: "We say so the same day and bring it to our next session."',
          maxItems: 10,
          maxLength: 300,
        },
      ],
    },
    {
      id: 'not-control',
      title: 'Boundaries, not control',
      intro:
        'A boundary says what you will do to look after yourself. Control tells the other person what they may do.',
      fields: [
        {
          id: 'notAcceptedAsControl',
          type: 'list',
          label:
            'What would you not accept, because it would feel like control?',
          help: 'For example: "Being told who I can see" or "Having to share where I am all day."',
          maxItems: 10,
          maxLength: 300,
        },
      ],
    },
    forYourCounselorSectionV1,
  ],
};
