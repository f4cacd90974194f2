import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PortalAssignmentSummary } from '@trp/contracts';
import { of } from 'rxjs';
import { PortalApi } from '../../data/portal-api';
import { PortalSessionStore } from '../../data/portal-session.store';
import { FIRST_PAGE, NEXT_PAGE, PortalHome, SUBMITTED_SHOWN } from './portal-home';

function anAssignment(n: number, status: PortalAssignmentSummary['status']): PortalAssignmentSummary {
  return {
    id: `a${n}`,
    exerciseKey: 'communicate-openly',
    title: `Exercise ${n}`,
    summary: '',
    status,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...(status === 'submitted' && { submittedAt: `2026-02-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z` }),
  };
}

describe('PortalHome', () => {
  type Pages = Record<string, { items: PortalAssignmentSummary[]; nextCursor: string | null }>;
  let requests: { limit: number; cursor?: string | null }[];

  /** `pages` by cursor (`''` for the first page); a plain list is one page with no cursor. */
  async function render(items: PortalAssignmentSummary[] | Pages, me: Record<string, unknown> = {}) {
    const pages: Pages = Array.isArray(items) ? { '': { items, nextCursor: null } } : items;
    requests = [];
    const assignments = (page: { limit: number; cursor?: string | null }) => {
      requests.push(page);
      return of(pages[page.cursor ?? ''] ?? { items: [], nextCursor: null });
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: PortalApi, useValue: { assignments } },
        {
          provide: PortalSessionStore,
          useValue: { me: signal({ partner: { displayName: 'Alex' }, counselor: { displayName: 'Robin' }, ...me }), signOut: jest.fn() },
        },
      ],
    });
    const fixture = TestBed.createComponent(PortalHome);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists everything still to do, and the most recent submitted work with a way to see the rest', async () => {
    const submitted = Array.from({ length: SUBMITTED_SHOWN + 5 }, (_, i) => anAssignment(i + 10, 'submitted'));
    const { fixture, element } = await render([anAssignment(1, 'not_started'), anAssignment(2, 'in_progress'), ...submitted]);

    expect(element.querySelectorAll('.home-card:not(.home-card--done)')).toHaveLength(2);
    expect(element.querySelectorAll('.home-card--done')).toHaveLength(SUBMITTED_SHOWN);
    const more = [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Show earlier'));
    expect(more).toBeDefined();

    more?.click();
    fixture.detectChanges();
    expect(element.querySelectorAll('.home-card--done')).toHaveLength(SUBMITTED_SHOWN + 5);
    expect([...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Show earlier'))).toBe(false);
    expect(requests).toEqual([{ limit: FIRST_PAGE }]);
  });

  it('asks the server for the next page of history only when the partner wants it', async () => {
    const first = Array.from({ length: 4 }, (_, i) => anAssignment(i + 10, 'submitted'));
    const older = Array.from({ length: 3 }, (_, i) => anAssignment(i + 40, 'submitted'));
    const { fixture, element } = await render({ '': { items: [anAssignment(1, 'not_started'), ...first], nextCursor: 'c1' }, c1: { items: older, nextCursor: null } });
    expect(requests).toEqual([{ limit: FIRST_PAGE }]);
    expect(element.querySelectorAll('.home-card--done')).toHaveLength(4);

    [...element.querySelectorAll('button')].find((b) => b.textContent?.includes('Show earlier'))?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(requests).toEqual([{ limit: FIRST_PAGE }, { limit: NEXT_PAGE, cursor: 'c1' }]);
    expect(element.querySelectorAll('.home-card--done')).toHaveLength(7);
    expect([...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Show earlier'))).toBe(false);
  });

  it('offers no "show earlier" when the submitted work fits', async () => {
    const { element } = await render([anAssignment(1, 'submitted'), anAssignment(2, 'submitted')]);
    expect(element.querySelectorAll('.home-card--done')).toHaveLength(2);
    expect(element.textContent).not.toContain('Show earlier');
    expect(element.textContent).toContain('Sign out');
  });

  it('offers a download of the partner’s own answers, saying it never holds the partner’s', async () => {
    const { element } = await render([anAssignment(1, 'submitted')]);
    const link = [...element.querySelectorAll('a')].find((a) => a.textContent?.includes('Download my answers'));
    expect(link?.getAttribute('href')).toBe('/api/portal/export');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(element.textContent).toContain("It never includes your partner's answers.");
  });

  it('offers the reminder switch only to a partner with an email address', async () => {
    const without = await render([], { hasEmail: false, remindersEnabled: true });
    expect(without.element.querySelector('app-reminder-switch, .home-reminders-placeholder')).toBeNull();
    TestBed.resetTestingModule();
    const withEmail = await render([], { hasEmail: true, remindersEnabled: true });
    expect(withEmail.element.querySelector('app-reminder-switch, .home-reminders-placeholder')).not.toBeNull();
  });
});
