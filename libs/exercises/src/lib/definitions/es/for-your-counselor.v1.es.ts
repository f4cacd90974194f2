import type { DefinitionTexts } from '../../localize-definition';

/** Spanish of the closing section every version-1 exercise shares (`for-your-counselor.v1.ts`). */
export const forYourCounselorSectionV1Es: DefinitionTexts = {
  'section.for-your-counselor.title': 'Solo para tu terapeuta',
  'section.for-your-counselor.intro':
    'Lo que escribas aquí lo lee solo tu terapeuta. Tu pareja nunca lo verá, aunque se comparta todo lo demás.',
  'field.privateNote.label': '¿Hay algo que quieras que sepa tu terapeuta?',
  'field.privateNote.help': 'Esta nota la lee solo tu terapeuta. Puedes dejarla vacía.',
  'field.safetyCheck.label': '¿Te sientes a salvo con tu pareja en este momento?',
  'field.safetyCheck.help':
    'Esta respuesta la ve solo tu terapeuta, nunca tu pareja. Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.',
  'field.safetyCheck.option.yes': 'Sí, me siento a salvo',
  'field.safetyCheck.option.unsure': 'No lo tengo claro',
  'field.safetyCheck.option.no': 'No, no me siento a salvo',
};
