import { HttpErrorResponse } from '@angular/common/http';
import { createDefinitionForm, type DefinitionBody } from './definition-form';
import { applyPathErrors, clearPathErrors, controlForPath, messageOf, pathSegments, serverPathErrors } from './path-errors';

const body: DefinitionBody = {
  title: 'T',
  summary: 'S',
  sections: [
    { id: 's1', title: 'One', fields: [{ id: 'a', type: 'shortText', label: 'A' }] },
    {
      id: 's2',
      title: 'Two',
      fields: [
        { id: 'b', type: 'scale', label: 'B', min: 1, max: 5 },
        { id: 'c', type: 'choice', label: 'C', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], flagWhen: ['y'] },
      ],
    },
  ],
  scoring: { fields: [{ fieldId: 'b' }] },
};

const badRequest = (error: object) => new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', ...error } });

describe('paths to controls', () => {
  it('splits a path into names and indexes', () => {
    expect(pathSegments('sections[1].fields[0].max')).toEqual(['sections', 1, 'fields', 0, 'max']);
    expect(pathSegments('title')).toEqual(['title']);
  });

  it('finds the control that owns a path', () => {
    const form = createDefinitionForm(body);
    const b = form.controls.sections.at(1).controls.fields.at(0);
    const c = form.controls.sections.at(1).controls.fields.at(1);
    expect(controlForPath(form, 'title')).toBe(form.controls.title);
    expect(controlForPath(form, 'sections[1].fields[0].max')).toBe(b.controls.max);
    expect(controlForPath(form, 'sections[1].fields[1].options[1].label')).toBe(c.controls.options.at(1).controls.label);
    expect(controlForPath(form, 'sections[1].fields[0].perspectiveLabels.hurt')).toBe(b.controls.perspectiveLabels.controls.hurt);
    expect(controlForPath(form, 'sections[0].fields')).toBe(form.controls.sections.at(0).controls.fields);
  });

  it('lands on the question for members it has no control of its own for, and on the deepest control that exists', () => {
    const form = createDefinitionForm(body);
    const c = form.controls.sections.at(1).controls.fields.at(1);
    expect(controlForPath(form, 'sections[1].fields[1].flagWhen[0]')).toBe(c);
    expect(controlForPath(form, 'sections[1].fields[1].id')).toBe(c);
    expect(controlForPath(form, 'sections[1].fields[1].options[7].value')).toBe(c.controls.options);
    expect(controlForPath(form, 'scoring.fields[0].fieldId')).toBe(form.controls.scoring);
    expect(controlForPath(form, 'key')).toBe(form);
    expect(controlForPath(form, 'sections[9].title')).toBe(form.controls.sections);
  });

  it('puts errors on their controls, touched, and answers those no control owns', () => {
    const form = createDefinitionForm(body);
    const max = form.controls.sections.at(1).controls.fields.at(0).controls.max;
    const leftovers = applyPathErrors(
      form,
      [
        { path: 'sections[1].fields[0].max', message: 'Must be above the lowest.' },
        { path: 'sections[1].fields[0].max', message: 'Must be whole.' },
        { path: 'version', message: 'Someone else saved a newer version.' },
      ],
      'server',
    );
    expect(max.errors).toEqual({ server: 'Must be above the lowest. Must be whole.' });
    expect(max.touched).toBe(true);
    expect(messageOf(max)).toBe('Must be above the lowest. Must be whole.');
    expect(form.invalid).toBe(true);
    expect(leftovers).toEqual([{ path: 'version', message: 'Someone else saved a newer version.' }]);
  });

  it('clears one source of errors and keeps the other, and a change clears the server’s', () => {
    const form = createDefinitionForm(body);
    const title = form.controls.title;
    const label = form.controls.sections.at(0).controls.fields.at(0).controls.label;
    applyPathErrors(form, [{ path: 'title', message: 'Too long.' }], 'client');
    applyPathErrors(form, [{ path: 'title', message: 'Taken.' }, { path: 'sections[0].fields[0].label', message: 'Bad.' }], 'server');
    expect(messageOf(title)).toBe('Taken.');
    clearPathErrors(form, 'client');
    expect(title.errors).toEqual({ server: 'Taken.' });
    label.setValue('Better');
    expect(label.errors).toBeNull();
    clearPathErrors(form, 'server');
    expect(form.valid).toBe(true);
  });
});

describe('serverPathErrors', () => {
  it('reads the 400’s list of fields, without repeating the path in the message', () => {
    expect(
      serverPathErrors(badRequest({ message: 'Validation failed', errors: [{ field: 'sections[1].fields[0].max', message: 'sections[1].fields[0].max: must be greater than min' }] })),
    ).toEqual([{ path: 'sections[1].fields[0].max', message: 'Must be greater than min.' }]);
  });

  it('reads a path named in the message when there is no list', () => {
    expect(serverPathErrors(badRequest({ message: 'sections[0].fields[2].options: at least two options' }))).toEqual([
      { path: 'sections[0].fields[2].options', message: 'At least two options.' },
    ]);
    expect(serverPathErrors(badRequest({ message: 'Something is wrong' }))).toEqual([]);
  });

  it('reads nothing from other failures', () => {
    expect(serverPathErrors(new HttpErrorResponse({ status: 403, error: { statusCode: 403, message: 'No', error: 'Forbidden' } }))).toEqual([]);
    expect(serverPathErrors(new Error('x'))).toEqual([]);
  });
});
