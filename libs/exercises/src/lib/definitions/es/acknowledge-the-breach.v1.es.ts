import type { DefinitionTexts } from '../../localize-definition';
import { forYourCounselorSectionV1Es } from './for-your-counselor.v1.es';

/** Spanish of `acknowledge-the-breach` version 1: the same definition, only the words a person reads. */
export const acknowledgeTheBreachV1Es: DefinitionTexts = {
  title: 'Reconocer lo que pasó',
  summary:
    'Una mirada tranquila a lo que pasó y a cómo te ha afectado. No hay respuestas buenas ni malas.',
  'section.what-happened.title': 'Lo que pasó',
  'section.what-happened.intro':
    'Tómate tu tiempo. Escribe mucho o poco, como prefieras. Tus respuestas se guardan solas, así que puedes parar y volver más tarde.',
  'field.whatHappened.label': '¿Qué pasó, contado con tus palabras?',
  'field.whatHappened.perspectiveLabels.hurt': '¿Qué pasó, tal como tú lo viviste?',
  'field.whatHappened.perspectiveLabels.involved': '¿Qué hiciste? Dilo con tus propias palabras.',
  'field.whatHappened.help':
    'Bastan los hechos, en pocas frases. Aquí no tienes que explicar ni defender nada.',
  'section.feelings-now.title': 'Cómo te sientes ahora',
  'section.feelings-now.intro':
    'Aquí cabe cualquier sentimiento. No hace falta juzgarlos ni explicarlos.',
  'field.feelingsNow.label': '¿Qué sientes en este momento? ¿Con cuánta fuerza?',
  'field.feelingsNow.help':
    'Elige los que encajen. Luego marca cada uno de 0 (apenas) a 10 (lo más fuerte posible). Sentir cosas mezcladas es normal.',
  'section.impact.title': 'Cómo te ha afectado',
  'field.impactOnLife.label': '¿Cómo ha afectado esto a tu día a día?',
  'field.impactOnLife.help':
    'Piensa en tu sueño, tu trabajo, tu familia y amistades, y la cercanía entre ustedes. Por ejemplo: «Me despierto a las 3 de la mañana y ya no puedo volver a dormir».',
  'section.what-matters.title': 'Lo más importante',
  'field.mostImportant.label': '¿Qué necesitas, sobre todo, que tu pareja escuche o entienda?',
  'field.mostImportant.perspectiveLabels.hurt':
    '¿Qué necesitas, sobre todo, que tu pareja entienda de cómo te dolió esto?',
  'field.mostImportant.perspectiveLabels.involved':
    '¿De qué te haces responsable? ¿Qué tiene que incluir tu disculpa?',
  'field.mostImportant.help':
    'Habla con toda la honestidad que puedas. Algo corto y sencillo está bien. Intenta quedarte con este hecho, no con todo a la vez.',
  'section.readiness.title': 'Mirando hacia adelante',
  'field.readiness.label': '¿Cuánta disposición sientes para trabajar en recuperar la confianza?',
  'field.readiness.help': 'No hay un número correcto. Está bien si cambia de una semana a otra.',
  'field.readiness.minLabel': 'Todavía no',
  'field.readiness.maxLabel': 'Toda la disposición',
  ...forYourCounselorSectionV1Es,
};
