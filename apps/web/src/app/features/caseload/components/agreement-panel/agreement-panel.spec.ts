import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { AgreementView } from '@trp/contracts';
import { getDefinition } from '@trp/exercises';
import { AgreementPanel, authorsOf } from './agreement-panel';

const PARTNERS = [
  { id: 'p1', displayName: 'Alex' },
  { id: 'p2', displayName: 'Sam' },
];
const DRAFT: AgreementView = {
  status: 'draft',
  items: [
    { id: 'i1', fieldId: 'needs', text: 'Honest answers', from: ['p1', 'p2'], decision: 'undecided' },
    { id: 'i2', fieldId: 'needs', text: 'Time alone on Sundays', from: ['p1'], decision: 'discuss' },
    { id: 'i3', fieldId: 'limits', text: 'No secret accounts', from: ['p2'], decision: 'undecided' },
  ],
};

describe('authorsOf', () => {
  it('says who wrote an item', () => {
    expect(authorsOf({ from: ['p1', 'p2'] }, PARTNERS)).toBe('Both wrote this');
    expect(authorsOf({ from: ['p2'] }, PARTNERS)).toBe('From Sam');
  });
});

describe('AgreementPanel', () => {
  let fixture: ComponentFixture<AgreementPanel>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgreementPanel);
    fixture.componentRef.setInput('assignmentId', 'a1');
    fixture.componentRef.setInput('definition', getDefinition('set-boundaries', 1));
    fixture.componentRef.setInput('partners', PARTNERS);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').includes(text)) as HTMLButtonElement;

  async function load(view: AgreementView = DRAFT): Promise<void> {
    http.expectOne('/api/assignments/a1/agreement').flush(view);
    await settle();
  }

  it('groups the items under their question, says who wrote each, and labels each decision group by the item', async () => {
    expect(el.textContent).toContain('Loading the agreement');
    await load();
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual(['What do you need in your relationship right now?', 'Where are your limits?']);
    const items = [...el.querySelectorAll('li.item')];
    expect(items.map((li) => li.querySelector('.authors')?.textContent)).toEqual(['Both wrote this', 'From Alex', 'From Sam']);
    const group = items[0]?.querySelector('mat-radio-group') as HTMLElement;
    expect(el.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('Honest answers');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual(['Agreed', 'Discuss in session', 'Not agreed']);
    expect(button('Share the agreed items').getAttribute('aria-disabled')).toBe('true'); // disabled, yet focusable
    expect(el.textContent).toContain('Not shared yet');
  });

  it('saves a decision, then shares the agreed items', async () => {
    await load();
    (el.querySelector('li.item input[type="radio"][value="agreed"]') as HTMLInputElement).click();
    await settle();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/assignments/a1/agreement/items/i1' });
    expect(patch.request.body).toEqual({ decision: 'agreed' });
    patch.flush({ ...DRAFT, items: [{ ...DRAFT.items[0], decision: 'agreed' }, ...DRAFT.items.slice(1)] });
    await settle();
    expect(button('Share the agreed items (1)').getAttribute('aria-disabled')).not.toBe('true');
    button('Share the agreed items').click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/assignments/a1/agreement/share' })
      .flush({ status: 'shared', sharedAt: '2026-11-10T18:00:00.000Z', items: [{ ...DRAFT.items[0], decision: 'agreed' }, ...DRAFT.items.slice(1)] });
    await settle();
    expect(el.textContent).toContain('Shared with both partners on 10 Nov 2026');
    expect(button('Share').getAttribute('aria-disabled')).toBe('true');
  });

  it('rewords an item (trimmed), and says when changes wait to be shared again', async () => {
    await load({ status: 'draft', sharedAt: '2026-11-10T18:00:00.000Z', items: [{ ...DRAFT.items[0], decision: 'agreed' }] });
    expect(el.textContent).toContain('Changed since you shared it');
    expect(button('Share the changes').disabled).toBe(false);
    button('Reword').click();
    await settle();
    const input = el.querySelector('input[matinput], input.mat-mdc-input-element') as HTMLInputElement;
    input.value = '  Honest answers, kindly  ';
    input.dispatchEvent(new Event('input'));
    await settle();
    button('Save wording').click();
    await settle();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/assignments/a1/agreement/items/i1' });
    expect(patch.request.body).toEqual({ text: 'Honest answers, kindly' });
    patch.flush({ status: 'draft', sharedAt: '2026-11-10T18:00:00.000Z', items: [{ ...DRAFT.items[0], text: 'Honest answers, kindly', decision: 'agreed' }] });
    await settle();
    expect(el.querySelector('.text')?.textContent).toBe('Honest answers, kindly');
  });

  it('waits for both partners on a 409, and offers a retry on other errors', async () => {
    http.expectOne('/api/assignments/a1/agreement').flush({ statusCode: 409, message: 'x', error: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(el.textContent).toContain('once both partners have submitted');
  });
});
