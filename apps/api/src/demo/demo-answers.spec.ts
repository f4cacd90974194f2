import { latestDefinition, validateAnswers } from '@trp/exercises';
import * as answers from './demo-answers';

describe('demo answers', () => {
  const exerciseOf = (name: string) =>
    name.startsWith('ACKNOWLEDGE') ? 'acknowledge-the-breach' : name.startsWith('COMMUNICATE') ? 'communicate-openly' : 'set-boundaries';

  it.each(Object.entries(answers))('%s is valid for its exercise (drafts as drafts, the rest as submitted)', (name, value) => {
    const definition = latestDefinition(exerciseOf(name));
    if (!definition) throw new Error('no definition');
    const result = validateAnswers(definition, value, name.endsWith('_DRAFT') ? 'draft' : 'submit');
    expect(result).toEqual({ ok: true, answers: value });
  });
});
