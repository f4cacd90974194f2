import { partnerBody, partnerForm } from './partner-form';

describe('partner form', () => {
  it('leaves the language to the practice’s default for a new partner unless one is chosen', () => {
    const form = partnerForm();
    form.setValue({ displayName: ' Alex ', email: '', perspective: 'hurt', locale: 'default' });
    expect(partnerBody(form)).toEqual({ displayName: 'Alex', perspective: 'hurt' });

    form.controls.locale.setValue('es');
    expect(partnerBody(form)).toEqual({ displayName: 'Alex', perspective: 'hurt', locale: 'es' });
  });

  it('starts an edit from the partner’s own language and sends it back', () => {
    const form = partnerForm({ displayName: 'Sam', email: 'sam@example.com', perspective: 'involved', locale: 'es' });
    expect(form.controls.locale.value).toBe('es');
    expect(partnerBody(form)).toEqual({ displayName: 'Sam', email: 'sam@example.com', perspective: 'involved', locale: 'es' });
  });
});
