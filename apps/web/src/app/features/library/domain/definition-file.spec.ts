import { FOR_YOUR_COUNSELOR_SECTION_ID, latestDefinitions, SAFETY_CHECK_FIELD_ID } from '@trp/exercises';
import type { DefinitionBody } from './definition-form';
import { checkDefinition, closingSection, exportFileName, previewDefinition } from './definition-file';

const valid: DefinitionBody = {
  title: 'Check-in',
  summary: 'Two questions.',
  sections: [
    {
      id: 's1',
      title: 'Now',
      fields: [
        { id: 'q1', type: 'scale', label: 'How close?', min: 1, max: 5, minLabel: 'Far', maxLabel: 'Close' },
        { id: 'q2', type: 'choice', label: 'Pick', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
      ],
    },
  ],
};

describe('checkDefinition', () => {
  it('passes the editable part of every built-in exercise', () => {
    for (const definition of latestDefinitions()) {
      const sections = definition.sections.filter((section) => section.id !== FOR_YOUR_COUNSELOR_SECTION_ID);
      expect(checkDefinition({ title: definition.title, summary: definition.summary, sections, ...(definition.scoring && { scoring: definition.scoring }) })).toEqual([]);
    }
  });

  it('names the path of each obvious problem, as the server does', () => {
    const bad: DefinitionBody = {
      title: '',
      summary: 'x',
      sections: [
        { id: 's1', title: 'A', fields: [] },
        {
          id: 's2',
          title: '',
          fields: [
            { id: 'q1', type: 'scale', label: 'Scale', min: 5, max: 5, minLabel: 'Low' },
            { id: 'q1', type: 'choice', label: '', options: [{ value: 'a', label: 'A' }, { value: 'a', label: '' }] },
            { id: SAFETY_CHECK_FIELD_ID, type: 'list', label: 'List', maxItems: 0, maxLength: 1.5 },
          ],
        },
      ],
      scoring: { fields: [{ fieldId: 'q9' }] },
    };
    // The one schema (validateDefinition) decides: the builder shows its paths where the server would.
    expect(checkDefinition(bad).map((error) => error.path)).toEqual(
      expect.arrayContaining([
        'title',
        'sections[0].fields',
        'sections[1].title',
        'sections[1].fields[0].max',
        'sections[1].fields[0].maxLabel',
        'sections[1].fields[1].id',
        'sections[1].fields[1].label',
        'sections[1].fields[1].options[1].label',
        'sections[1].fields[1].options[1].value',
        'sections[1].fields[2].id',
        'sections[1].fields[2].maxLength',
        'sections[1].fields[2].maxItems',
      ]),
    );
    for (const error of checkDefinition(bad)) expect(error.message.length).toBeGreaterThan(0);
  });

  it('wants a section of its own, a scale with both ends and their words, at most 101 steps, and limits within the schema’s', () => {
    expect(checkDefinition({ ...valid, sections: [] })).toEqual([{ path: 'sections', message: expect.any(String) }]);
    const withFields = (fields: DefinitionBody['sections'][number]['fields']) => ({ ...valid, sections: [{ ...valid.sections[0], fields }] });
    const paths = (fields: DefinitionBody['sections'][number]['fields']) => checkDefinition(withFields(fields)).map((error) => error.path);
    expect(paths([{ id: 'q1', type: 'scale', label: 'Wide', min: 0, max: 101, minLabel: 'a', maxLabel: 'b' }])).toEqual(['sections[0].fields[0].max']);
    expect(paths([{ id: 'q1', type: 'scale', label: 'Open' }])).toEqual(expect.arrayContaining(['sections[0].fields[0].min', 'sections[0].fields[0].max']));
    expect(paths([{ id: 'q1', type: 'shortText', label: 'T', maxLength: 301 }, { id: 'q2', type: 'iStatement', label: 'I', maxItems: 4 }])).toEqual([
      'sections[0].fields[0].maxLength',
      'sections[0].fields[1].maxItems',
    ]);
    expect(checkDefinition(valid)).toEqual([]);
  });
});

describe('previewDefinition', () => {
  it('ends with the closing section every exercise gets, and fills what is not written yet', () => {
    const preview = previewDefinition({ title: '', summary: '', sections: [{ id: 's1', title: '', fields: [{ id: 'q1', type: 'longText', label: '' }] }] });
    expect(preview.title).toBe('Untitled exercise');
    expect(preview.sections.map((section) => section.id)).toEqual(['s1', FOR_YOUR_COUNSELOR_SECTION_ID]);
    expect(preview.sections[1]).toBe(closingSection());
    expect(preview.sections[0]).toMatchObject({ title: 'Section 1', fields: [{ label: 'Question 1' }] });
  });

  it('gives the renderer unique ids and a usable scale while the draft has neither', () => {
    const preview = previewDefinition({
      ...valid,
      sections: [{ id: 's1', title: 'A', fields: [{ id: 'q1', type: 'scale', label: 'S', min: 3, max: 1 }, { id: 'q1', type: 'shortText', label: 'T' }] }],
    });
    const fields = preview.sections[0].fields;
    expect(new Set(fields.map((field) => field.id)).size).toBe(2);
    expect(fields[0]).toMatchObject({ min: 3, max: 7 });
  });
});

it('names the export file after the title', () => {
  expect(exportFileName('Couple Satisfaction Index (CSI-4)')).toBe('couple-satisfaction-index-csi-4.json');
  expect(exportFileName('')).toBe('exercise.json');
});
