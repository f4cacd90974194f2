import type { DefinitionTexts } from '../../localize-definition';
import { forYourCounselorSectionV1Es } from './for-your-counselor.v1.es';

/** Spanish of `communicate-openly` version 1: the same definition, only the words a person reads. */
export const communicateOpenlyV1Es: DefinitionTexts = {
  title: 'Hablar con apertura y honestidad',
  summary:
    'Pon en palabras lo que sientes, practica decir algo difícil sin culpar y fíjate en lo que escuchaste de tu pareja.',
  'section.feelings-table.title': 'Lo que sientes tú y lo que siente tu pareja',
  'section.feelings-table.intro':
    'Muchas veces cada quien siente cosas distintas. Ponerles nombre es un primer paso para entenderse.',
  'field.feelingsTable.label': '¿Qué sientes tú? ¿Y qué crees que siente tu pareja?',
  'field.feelingsTable.help':
    'Primero elige lo que sientes y con cuánta fuerza, de 0 a 10. Luego intenta adivinar lo que siente tu pareja. Está bien suponer: tu terapeuta les ayudará a comparar.',
  'section.i-statements.title': 'Decirlo desde el «yo»',
  'section.i-statements.intro':
    'Empezar por «yo» te deja contar lo que te preocupa sin culpar. Así tu pareja puede escuchar en lugar de defenderse.',
  'field.concern.label': '¿De qué preocupación quieres hablar? Elige una.',
  'field.concern.help': 'Bastan unas palabras. Por ejemplo: «Llegar tarde a casa sin avisar».',
  'field.iStatements.label': 'Dilo desde el «yo»: Me siento … cuando … porque … y necesito …',
  'field.iStatements.help':
    'Escribe hasta tres, todas sobre la misma preocupación. Por ejemplo: «Siento angustia cuando llegas tarde sin avisar, porque pienso lo peor, y necesito un mensaje corto cuando cambian los planes».',
  'section.active-listening.title': 'Escuchar',
  'section.active-listening.intro':
    'Cuando tú y tu pareja hayan hablado, dedica unos minutos a estas preguntas. No tienen que quedar perfectas.',
  'field.heardPartnerSay.label': '¿Qué escuchaste decir a tu pareja?',
  'field.heardPartnerSay.help':
    'Ponlo con tus palabras, como si se lo repitieras. Por ejemplo: «Dijiste que te duele cuando uso el celular en la cena».',
  'field.understoodPartnerNeeds.label': '¿Qué entendiste que necesita tu pareja?',
  'field.understoodPartnerNeeds.help':
    'Basta con lo que hayas entendido. Puedes confirmarlo con tu pareja más tarde.',
  'section.hard-to-say.title': 'Algo difícil de decir',
  'field.hardToSay.label': '¿Qué te costó decir?',
  'field.hardToSay.help':
    'Puede ser algo que dijiste o algo que te guardaste. Está bien si todavía no lo has dicho en voz alta.',
  ...forYourCounselorSectionV1Es,
};
