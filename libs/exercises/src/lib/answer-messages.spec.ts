import { answerMessages, answerMessagesEs, answerMessagesFor } from './answer-messages';
import { EMOTION_KEYS, EMOTION_LABELS, EMOTION_LABELS_ES, emotionLabels } from './emotions';
import { localizeDefinition } from './localize-definition';
import { getDefinition } from './registry';
import { validateAnswers } from './validate-answers';

/** Every message with sample arguments, so functions and plain strings can be compared alike. */
function rendered(messages: typeof answerMessagesEs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [
      key,
      typeof message === 'string'
        ? message
        : key === 'choice'
          ? (message as (options: { value: string; label: string }[]) => string)([{ value: 'yes', label: 'Sí' }])
          : (message as (a: unknown, b: unknown) => string)(key.startsWith('emotion') ? 'anger' : 3, 2),
    ]),
  );
}

describe('answer messages in Spanish', () => {
  it('has every message, each in other words than the English', () => {
    expect(Object.keys(answerMessagesEs)).toEqual(Object.keys(answerMessages));
    const english = rendered(answerMessages);
    for (const [key, spanish] of Object.entries(rendered(answerMessagesEs))) {
      expect({ key, spanish }).not.toEqual({ key, spanish: english[key] });
    }
  });

  it('is chosen by locale', () => {
    expect(answerMessagesFor('en')).toBe(answerMessages);
    expect(answerMessagesFor('es')).toBe(answerMessagesEs);
  });

  it('names a repeated feeling by its Spanish name', () => {
    expect(answerMessagesEs.emotionRepeated('anger', 2)).toBe('Cada sentimiento se puede elegir una vez; «Enojo» aparece dos veces.');
  });

  it('answers validation in the locale asked for, English by default', () => {
    const english = getDefinition('acknowledge-the-breach', 1);
    if (!english) throw new Error('acknowledge-the-breach@1 is released');
    const answers = { readiness: 11, whatHappened: 7 };
    expect(validateAnswers(english, answers, 'submit')).toEqual({
      ok: false,
      errors: [
        { path: 'whatHappened', message: 'Write your answer as text.' },
        { path: 'readiness', message: 'Choose a number from 1 to 10.' },
        { path: 'safetyCheck', message: 'This question needs an answer before you submit.' },
      ],
    });
    expect(validateAnswers(localizeDefinition(english, 'es'), { ...answers, safetyCheck: 'maybe' }, 'submit', 'es')).toEqual({
      ok: false,
      errors: [
        { path: 'whatHappened', message: 'Escribe tu respuesta como texto.' },
        { path: 'readiness', message: 'Elige un número del 1 al 10.' },
        {
          path: 'safetyCheck',
          message: 'Elige una de las opciones: «Sí, me siento a salvo», «No lo tengo claro», «No, no me siento a salvo».',
        },
      ],
    });
  });

  it('accepts the same answers whatever the locale, normalized alike', () => {
    const english = getDefinition('weekly-check-in', 1);
    if (!english) throw new Error('weekly-check-in@1 is released');
    const answers = { trust: 3, safetyCheck: 'yes', privateNote: '  hola  ' };
    expect(validateAnswers(localizeDefinition(english, 'es'), answers, 'submit', 'es')).toEqual(validateAnswers(english, answers, 'submit'));
  });
});

describe('emotion labels in Spanish', () => {
  it('names every feeling, in other words than the English', () => {
    expect(Object.keys(EMOTION_LABELS_ES)).toEqual([...EMOTION_KEYS]);
    for (const key of EMOTION_KEYS) expect(EMOTION_LABELS_ES[key]).not.toBe(EMOTION_LABELS[key]);
    expect(new Set(Object.values(EMOTION_LABELS_ES)).size).toBe(EMOTION_KEYS.length);
  });

  it('is chosen by locale', () => {
    expect(emotionLabels('en')).toBe(EMOTION_LABELS);
    expect(emotionLabels('es')).toBe(EMOTION_LABELS_ES);
  });
});
