import type { DefinitionTexts } from '../../localize-definition';
import { forYourCounselorSectionV1Es } from './for-your-counselor.v1.es';

/** Spanish of `set-boundaries` version 1: the same definition, only the words a person reads. */
export const setBoundariesV1Es: DefinitionTexts = {
  title: 'Poner límites y expectativas',
  summary:
    'Di lo que necesitas y dónde están tus límites, para que puedan acordar entre ustedes lo que les da seguridad.',
  'section.needs-wishes-limits.title': 'Necesidades, deseos y límites',
  'section.needs-wishes-limits.intro':
    'Funcionan mejor las respuestas cortas: unas palabras o una frase cada una. Los límites sirven para sentirse a salvo y con respeto, no para controlar a la otra persona.',
  'field.needs.label': '¿Qué necesitas en tu relación ahora mismo?',
  'field.needs.help':
    'Lo que para ti es imprescindible. Por ejemplo: «Respuestas sinceras cuando pregunto algo».',
  'field.desires.label': '¿Qué te gustaría, aunque no sea imprescindible?',
  'field.desires.help': 'Por ejemplo: «Salir a caminar el domingo por la mañana».',
  'field.limits.label': '¿Dónde están tus límites?',
  'field.limits.help':
    'Lo que no puedes aceptar, o todavía no puedes hacer. Por ejemplo: «Aún no puedo hablar de esto con nuestras familias».',
  'section.breaches.title': 'Lo que rompería la confianza',
  'field.breachBehaviors.label': '¿Qué sentirías como una ruptura de la confianza?',
  'field.breachBehaviors.help':
    'Nombra conductas, con toda la claridad que puedas. Por ejemplo: «Borrar mensajes» o «Verse a escondidas».',
  'section.openness.title': 'Transparencia y responsabilidad',
  'section.openness.intro': 'La confianza crece cuando los dos saben qué esperar.',
  'field.opennessOffered.label': '¿Qué transparencia y qué compromisos puedes ofrecer?',
  'field.opennessOffered.help': 'Por ejemplo: «Te voy a contar si esa persona me busca».',
  'field.opennessAsked.label': '¿Qué transparencia y qué compromisos te gustaría pedir?',
  'field.opennessAsked.help': 'Por ejemplo: «Un mensaje cuando cambien los planes».',
  'section.if-crossed.title': 'Si se cruza un límite',
  'field.ifBoundaryCrossed.label': '¿Qué les gustaría acordar para cuando se cruce un límite?',
  'field.ifBoundaryCrossed.help':
    'Piensa en pasos que ayuden a reparar, no en castigos. Por ejemplo: «Lo decimos el mismo día y lo llevamos a la próxima sesión».',
  'section.not-control.title': 'Límites, no control',
  'section.not-control.intro':
    'Un límite dice lo que tú vas a hacer para cuidarte. El control le dice a la otra persona lo que puede hacer.',
  'field.notAcceptedAsControl.label': '¿Qué no aceptarías porque lo sentirías como control?',
  'field.notAcceptedAsControl.help':
    'Por ejemplo: «Que me digan a quién puedo ver» o «Tener que decir dónde estoy todo el día».',
  ...forYourCounselorSectionV1Es,
};
