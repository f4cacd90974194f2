import {
  FOR_YOUR_COUNSELOR_SECTION_ID,
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
} from '../counselor-fields';
import type { Section } from '../model';

/**
 * The closing section of every version-1 exercise. Released: do not edit. A later exercise
 * version that needs other wording gets its own `for-your-counselor.v2.ts` (same ids).
 */
export const forYourCounselorSectionV1: Section = {
  id: FOR_YOUR_COUNSELOR_SECTION_ID,
  title: 'Just for your counselor',
  intro:
    'Your answers here go to your counselor only. Your partner will never see them, whatever else is shared.',
  fields: [
    {
      id: PRIVATE_NOTE_FIELD_ID,
      type: 'longText',
      label: 'Is there anything you want your counselor to know?',
      help: 'Only your counselor reads this note. You can leave it empty.',
      maxLength: 4000,
      counselorOnly: true,
    },
    {
      id: SAFETY_CHECK_FIELD_ID,
      type: 'choice',
      label: 'Do you feel safe with your partner right now?',
      help: 'Only your counselor sees this answer, never your partner. If you are in danger right now, call your local emergency number.',
      required: true,
      counselorOnly: true,
      options: [
        { value: 'yes', label: 'Yes, I feel safe' },
        { value: 'unsure', label: "I'm not sure" },
        { value: 'no', label: "No, I don't feel safe" },
      ],
      flagWhen: ['unsure', 'no'],
    },
  ],
};
