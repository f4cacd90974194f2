/**
 * Every exercise, in every version, ends with the same section for the counselor only. These ids
 * are stable forever: the API and the dashboard rely on them.
 */
export const FOR_YOUR_COUNSELOR_SECTION_ID = 'for-your-counselor';

/** A free note to the counselor (`longText`, counselor only). */
export const PRIVATE_NOTE_FIELD_ID = 'privateNote';

/** "Do you feel safe with your partner?" (`choice`, counselor only, required, flags a concern). */
export const SAFETY_CHECK_FIELD_ID = 'safetyCheck';
