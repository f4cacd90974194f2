import type { DefinitionTexts } from '../../localize-definition';
import { forYourCounselorSectionV1Es } from './for-your-counselor.v1.es';

/** Spanish of `weekly-check-in` version 1: the same definition, only the words a person reads. */
export const weeklyCheckInV1Es: DefinitionTexts = {
  title: 'Cómo va esta semana',
  summary:
    'Cinco preguntas rápidas sobre la última semana. Te llevará unos dos minutos, y está bien si tus respuestas cambian de una semana a otra.',
  'section.this-week.title': 'La última semana',
  'section.this-week.intro':
    'Piensa en los últimos siete días en conjunto, no solo en hoy. Quédate con tu primera respuesta: no hay un número correcto.',
  'field.trust.label': '¿Cuánto pudiste confiar en tu pareja esta semana?',
  'field.trust.minLabel': 'Casi nada',
  'field.trust.maxLabel': 'Por completo',
  'field.feelingSafe.label': '¿Qué tanta seguridad y tranquilidad sentiste con tu pareja?',
  'field.feelingSafe.minLabel': 'Ninguna',
  'field.feelingSafe.maxLabel': 'Total',
  'field.closeness.label': '¿Cuánta cercanía sintieron entre ustedes?',
  'field.closeness.minLabel': 'Muy lejos',
  'field.closeness.maxLabel': 'Muy cerca',
  'field.hope.label': '¿Cuánta esperanza tienes en la relación?',
  'field.hope.minLabel': 'Poca',
  'field.hope.maxLabel': 'Mucha',
  'field.weighedOnMe.label': '¿Cuánto te pesó esta semana lo que pasó?',
  'field.weighedOnMe.help': 'Una semana pesada no es algo que haya que esconder. Tu terapeuta quiere saberlo.',
  'field.weighedOnMe.minLabel': 'Casi nada',
  'field.weighedOnMe.maxLabel': 'Muchísimo',
  'band.0': 'Una semana difícil',
  'band.1': 'Con altibajos',
  'band.2': 'Una semana más estable',
  ...forYourCounselorSectionV1Es,
};
