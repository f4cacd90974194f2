import { latestDefinitions } from '@trp/exercises';
import {
  addField,
  addOption,
  addSection,
  changeType,
  createDefinitionForm,
  type DefinitionBody,
  loadDefinition,
  moveField,
  moveOption,
  moveSection,
  removeField,
  removeSection,
  stepField,
  toBody,
} from './definition-form';
import { exportDefinition, parseDefinitionFile } from './definition-file';

const body: DefinitionBody = {
  title: 'Rebuilding trust',
  summary: 'Three questions.',
  sections: [
    {
      id: 'first',
      title: 'First',
      intro: 'Take your time.',
      fields: [
        { id: 'trust', type: 'scale', label: 'How much do you trust?', min: 0, max: 6, minLabel: 'Not at all', maxLabel: 'Fully', required: true },
        { id: 'why', type: 'longText', label: 'Why?', help: 'In your words', maxLength: 2000, perspectiveLabels: { hurt: 'Why, for you?' } },
      ],
    },
    {
      id: 'second',
      title: 'Second',
      fields: [
        {
          id: 'mood',
          type: 'choice',
          label: 'How is it going?',
          options: [
            { value: 'good', label: 'Good' },
            { value: 'bad', label: 'Bad' },
          ],
          flagWhen: ['bad'],
          counselorOnly: true,
        },
      ],
    },
  ],
  scoring: { fields: [{ fieldId: 'trust', reverse: true }], bands: [{ min: 0, max: 3, label: 'Low' }] },
};

const ids = (form: ReturnType<typeof createDefinitionForm>) => toBody(form).sections.map((section) => section.fields.map((field) => field.id));

describe('the definition form', () => {
  it('answers the definition it was given, member for member', () => {
    expect(toBody(createDefinitionForm(body))).toEqual(body);
  });

  it('adds sections and questions with fresh ids and each type’s starting limits, and marks the form changed', () => {
    const form = createDefinitionForm(body);
    expect(form.dirty).toBe(false);
    addSection(form);
    addField(form, 2, 'scale');
    addField(form, 2, 'choice');
    addField(form, 2, 'emotions');
    expect(form.dirty).toBe(true);
    const added = toBody(form).sections[2];
    expect(added.id).toBe('s1');
    expect(added.fields.map((field) => [field.id, field.type])).toEqual([
      ['q1', 'scale'],
      ['q2', 'choice'],
      ['q3', 'emotions'],
    ]);
    expect(added.fields[0]).toMatchObject({ min: 1, max: 5 });
    expect(added.fields[1].options).toHaveLength(2);
  });

  it('sends only the members of the question’s type', () => {
    const form = createDefinitionForm(body);
    const trust = form.controls.sections.at(0).controls.fields.at(0);
    changeType(form, trust, 'shortText');
    const field = toBody(form).sections[0].fields[0];
    expect(field).toEqual({ id: 'trust', type: 'shortText', label: 'How much do you trust?', required: true });
    changeType(form, trust, 'scale');
    expect(toBody(form).sections[0].fields[0]).toMatchObject({ min: 0, max: 6 });
  });

  it('reorders sections, questions within a section and across sections, and options', () => {
    const form = createDefinitionForm(body);
    expect(moveField(form, { section: 0, index: 0 }, { section: 0, index: 1 })).toBe(true);
    expect(ids(form)).toEqual([['why', 'trust'], ['mood']]);
    expect(moveField(form, { section: 1, index: 0 }, { section: 0, index: 0 })).toBe(true);
    expect(ids(form)).toEqual([['mood', 'why', 'trust'], []]);
    expect(moveSection(form, 0, 1)).toBe(true);
    expect(ids(form)).toEqual([[], ['mood', 'why', 'trust']]);
    expect(moveSection(form, 1, 2)).toBe(false);

    const mood = form.controls.sections.at(1).controls.fields.at(0);
    expect(moveOption(form, mood, 0, 1)).toBe(true);
    expect(toBody(form).sections[1].fields[0].options?.map((option) => option.value)).toEqual(['bad', 'good']);
    expect(toBody(form).sections[1].fields[0].flagWhen).toEqual(['bad']);
  });

  it('steps a question with the keyboard, into the neighbouring section past either end', () => {
    const form = createDefinitionForm(body);
    expect(stepField(form, { section: 0, index: 1 }, 1)).toEqual({ section: 1, index: 0 });
    expect(ids(form)).toEqual([['trust'], ['why', 'mood']]);
    expect(stepField(form, { section: 1, index: 0 }, -1)).toEqual({ section: 0, index: 1 });
    expect(ids(form)).toEqual([['trust', 'why'], ['mood']]);
    expect(stepField(form, { section: 0, index: 0 }, -1)).toBeNull();
    expect(stepField(form, { section: 1, index: 0 }, 1)).toBeNull();
  });

  it('removes questions, options and sections', () => {
    const form = createDefinitionForm(body);
    removeField(form, 0, 0);
    const mood = form.controls.sections.at(1).controls.fields.at(0);
    addOption(form, mood);
    expect(toBody(form).sections[1].fields[0].options?.map((option) => option.value)).toEqual(['good', 'bad', '3']);
    removeSection(form, 1);
    expect(ids(form)).toEqual([['why']]);
  });

  it('leaves the form pristine after loading a saved definition', () => {
    const form = createDefinitionForm();
    addField(form, 0, 'list');
    loadDefinition(form, body);
    expect(form.dirty).toBe(false);
    expect(toBody(form)).toEqual(body);
  });
});

describe('export and import', () => {
  it('round-trips a definition through a file', () => {
    const form = createDefinitionForm(body);
    addField(form, 1, 'feelingsTable');
    const exported = toBody(form);
    const parsed = parseDefinitionFile(exportDefinition(exported));
    expect(parsed).toEqual({ ok: true, body: exported });
    if (parsed.ok) expect(toBody(createDefinitionForm(parsed.body))).toEqual(exported);
  });

  it('round-trips every built-in exercise, leaving out the closing section the server adds', () => {
    for (const definition of latestDefinitions()) {
      const parsed = parseDefinitionFile(JSON.stringify(definition));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.body.sections.map((section) => section.id)).not.toContain('for-your-counselor');
      const expected = {
        title: definition.title,
        summary: definition.summary,
        sections: definition.sections.filter((section) => section.id !== 'for-your-counselor'),
        ...(definition.scoring && { scoring: definition.scoring }),
      };
      expect(toBody(createDefinitionForm(parsed.body))).toEqual(expected);
    }
  });

  it('keeps a licensed instrument’s scoring block', () => {
    const parsed = parseDefinitionFile(JSON.stringify({ ...body, key: 'custom-x', version: 4, source: 'practice' }));
    expect(parsed.ok && parsed.body.scoring).toEqual(body.scoring);
    expect(parsed.ok && Object.keys(parsed.body)).toEqual(['title', 'summary', 'sections', 'scoring']);
  });

  it('says why a file is not a definition', () => {
    expect(parseDefinitionFile('not json')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(parseDefinitionFile('{"title":"x"}')).toMatchObject({ ok: false, message: expect.stringContaining('“sections”') });
    expect(parseDefinitionFile('{"sections":[{"fields":[{"type":"slider"}]}]}')).toMatchObject({ ok: false, message: expect.stringContaining('Question 1 of section 1') });
  });
});
