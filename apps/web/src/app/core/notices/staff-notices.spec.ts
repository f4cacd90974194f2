import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { StaffNotice } from '@trp/contracts';
import { noticeText } from './notice-text';
import { StaffNotices } from './staff-notices';

const reassigned: StaffNotice = {
  id: 'n1',
  createdAt: '2026-12-03T10:00:00.000Z',
  details: { kind: 'couple_reassigned', coupleLabel: 'Couple A', count: 1, toCounselorName: 'Sam Lee', byName: 'Ada Admin' },
};
const selfGrant: StaffNotice = {
  id: 'n2',
  createdAt: '2026-12-02T10:00:00.000Z',
  details: { kind: 'self_role_change', actorName: 'Ada Admin', added: ['counselor'], removed: [] },
};

describe('noticeText', () => {
  it('says what happened in one sentence, with names and the date only', () => {
    expect(noticeText(reassigned, 'en-GB')).toBe('“Couple A” was given to Sam Lee by Ada Admin on 3 December 2026.');
    expect(noticeText(selfGrant, 'en-GB')).toBe('Ada Admin gave themselves the counselor role on 2 December 2026.');
    expect(
      noticeText({ ...reassigned, details: { kind: 'couple_reassigned', coupleLabel: null, count: 3, toCounselorName: 'Sam Lee', byName: 'Ada Admin' } }, 'en-GB'),
    ).toBe('3 of your couples were given to Sam Lee by Ada Admin on 3 December 2026.');
    expect(noticeText({ ...selfGrant, details: { kind: 'self_role_change', actorName: 'Ada', added: [], removed: ['counselor'] } }, 'en-GB')).toBe(
      'Ada removed the counselor role from their own account on 2 December 2026.',
    );
  });
});

describe('StaffNotices', () => {
  let fixture: ComponentFixture<StaffNotices>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffNotices);
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('shows nothing while loading or when there is no notice', async () => {
    fixture.detectChanges();
    expect(el.textContent?.trim()).toBe('');
    http.expectOne('/api/notices').flush([]);
    await fixture.whenStable();
    expect(el.querySelector('li')).toBeNull();
  });

  it('lists the notices under a heading for screen readers, each dismissible by a labelled button', async () => {
    fixture.detectChanges();
    http.expectOne('/api/notices').flush([reassigned, selfGrant]);
    await fixture.whenStable();
    expect(el.querySelector('h2')?.textContent).toContain('Notices for you');
    const items = el.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('“Couple A” was given to Sam Lee by Ada Admin');
    const dismiss = items[0]?.querySelector('button') as HTMLButtonElement;
    expect(dismiss.getAttribute('aria-label')).toMatch(/^Dismiss: “Couple A”/);
    dismiss.click();
    const request = http.expectOne('/api/notices/n1/dismiss');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(el.querySelectorAll('li')).toHaveLength(1);
  });

  it('says when the notices cannot be loaded, and tries again', async () => {
    fixture.detectChanges();
    http.expectOne('/api/notices').flush({ statusCode: 500, message: 'x', error: 'Internal Server Error' }, { status: 500, statusText: 'Internal Server Error' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('We could not load your notices');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http.expectOne('/api/notices').flush([selfGrant]);
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.textContent).toContain('Ada Admin gave themselves the counselor role');
  });
});
