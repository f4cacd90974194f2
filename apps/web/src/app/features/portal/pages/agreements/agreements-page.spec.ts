import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Page, PortalAgreement } from '@trp/contracts';
import { type Observable, of, throwError } from 'rxjs';
import { PortalAgreementsApi } from '../../data/portal-agreements-api';
import { AgreementsPage, groupedItems } from './agreements-page';

const AGREEMENT: PortalAgreement = {
  assignmentId: 'a1',
  title: 'Set boundaries and expectations',
  sharedAt: '2026-11-10T18:00:00.000Z',
  version: 2,
  items: [
    { fieldId: 'needs', heading: 'What do you need?', text: 'Honest answers' },
    { fieldId: 'needs', heading: 'What do you need?', text: 'A weekly walk' },
    { fieldId: 'limits', heading: 'Where are your limits?', text: 'No secret accounts' },
  ],
};

describe('AgreementsPage', () => {
  async function render(list: () => Observable<Page<PortalAgreement>>): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: PortalAgreementsApi, useValue: { list } }] });
    const fixture = TestBed.createComponent(AgreementsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('groups the agreed items under their question', () => {
    expect(groupedItems(AGREEMENT)).toEqual([
      { heading: 'What do you need?', texts: ['Honest answers', 'A weekly walk'] },
      { heading: 'Where are your limits?', texts: ['No secret accounts'] },
    ]);
  });

  it('shows each shared agreement with one h1, its items, when it was shared, and a print button', async () => {
    const el = await render(() => of({ items: [AGREEMENT], nextCursor: null }));
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('h2')?.textContent).toBe('Set boundaries and expectations');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Honest answers', 'A weekly walk', 'No secret accounts']);
    expect(el.querySelector('.meta')?.textContent).toMatch(/Shared on 10 Nov 2026\s+· updated 1 time/);
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Print'))).toBe(true);
  });

  it('says when nothing is shared yet, and offers a retry on an error', async () => {
    expect((await render(() => of({ items: [], nextCursor: null }))).textContent).toContain('Nothing here yet');
    TestBed.resetTestingModule();
    const failed = await render(() => throwError(() => new Error('offline')));
    expect(failed.querySelector('[role="alert"]')?.textContent).toContain('Try again');
  });
});
