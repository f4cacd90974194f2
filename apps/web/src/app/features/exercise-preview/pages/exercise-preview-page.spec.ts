import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { AssignableExercise } from '@trp/contracts';
import { latestDefinitions } from '@trp/exercises';
import { ExercisePreviewPage } from './exercise-preview-page';

const OWN: AssignableExercise = {
  key: 'custom-weekly-temperature-ab12cd',
  version: 1,
  title: 'Our weekly temperature',
  summary: 'Three short questions.',
  sections: [{ id: 'this-week', title: 'This week', fields: [{ id: 'closeness', type: 'scale', label: 'How close did you feel this week?', min: 1, max: 5 }] }],
  source: 'practice',
  author: { id: 'u1', name: 'Robin' },
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  canEdit: true,
};

describe('ExercisePreviewPage', () => {
  let fixture: ComponentFixture<ExercisePreviewPage>;
  let el: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExercisePreviewPage);
    fixture.detectChanges();
    http.expectOne('/api/exercises').flush([...latestDefinitions().map((d) => ({ ...d, source: 'builtin' })), OWN]);
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('lists the practice’s own exercises after the built-ins and previews them', async () => {
    const select = await loader().getHarness(MatSelectHarness);
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((o) => o.getText()));
    expect(options).toEqual([...latestDefinitions().map((d) => d.title), OWN.title]);
    await select.clickOptions({ text: OWN.title });
    await fixture.whenStable();
    expect(el.querySelector('.phone-title')?.textContent).toContain(OWN.title);
    expect(el.querySelector('.phone')?.textContent).toContain('How close did you feel this week?');
  });

  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const radioGroup = (labelId: string) =>
    loader().getHarness(MatRadioGroupHarness.with({ selector: `[aria-labelledby="${labelId}"]` }));

  it('explains the page and shows the first exercise in a phone-width frame', () => {
    expect(el.querySelector('h1')?.textContent).toContain('Exercise preview');
    expect(el.textContent).toContain('This is what your clients will see');
    const first = latestDefinitions()[0];
    expect(el.querySelector('.phone')?.getAttribute('aria-label')).toBe(`Phone preview: ${first.title}`);
    expect(el.querySelector('.phone trp-exercise-form')).not.toBeNull();
    expect(el.querySelectorAll('.phone section h2').length).toBe(first.sections.length);
  });

  it('lists every latest exercise and switches between them', async () => {
    const select = await loader().getHarness(MatSelectHarness);
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((o) => o.getText()));
    expect(options).toEqual([...latestDefinitions().map((d) => d.title), OWN.title]);
    const last = latestDefinitions()[latestDefinitions().length - 1];
    await select.clickOptions({ text: last.title });
    await fixture.whenStable();
    expect(el.querySelector('.phone-title')?.textContent).toContain(last.title);
  });

  it('words the questions for the chosen perspective', async () => {
    const field = latestDefinitions()[0]
      .sections.flatMap((s) => s.fields)
      .find((f) => f.perspectiveLabels?.involved);
    expect(field).toBeDefined();
    expect(el.textContent).toContain(field?.label);
    await (await radioGroup('preview-perspective-label')).checkRadioButton({
      label: 'Partner who broke the trust',
    });
    await fixture.whenStable();
    expect(el.textContent).toContain(field?.perspectiveLabels?.involved);
  });

  it('keeps typed answers and shows them as the counselor reads them', async () => {
    const textarea = el.querySelector('.phone textarea') as HTMLTextAreaElement;
    textarea.value = 'We argued about the phone';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await (await radioGroup('preview-view-label')).checkRadioButton({ label: 'As the counselor reads it' });
    await fixture.whenStable();
    expect(el.querySelector('.phone textarea')).toBeNull();
    expect(el.querySelector('.phone')?.textContent).toContain('We argued about the phone');
    expect(el.querySelector('.phone')?.textContent).toContain('Skipped');
  });

  it('checks the answers as a submit would, showing the errors in the form', async () => {
    (Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Check as if submitting'),
    ) as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('.trp-form__summary')).not.toBeNull();
    expect(el.querySelector('.phone-status')?.textContent?.trim()).toBe('');
  });
});
