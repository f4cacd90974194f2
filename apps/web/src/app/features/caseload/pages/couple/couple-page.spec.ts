import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import type { AssignmentView, CoupleView } from '@trp/contracts';
import { assignment, couple, partner } from '../../testing/caseload-fixtures';
import { CouplePage } from './couple-page';

describe('CouplePage', () => {
  let fixture: ComponentFixture<CouplePage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CouplePage);
    fixture.componentRef.setInput('coupleId', 'c1');
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  async function load(data: CoupleView = couple(), assignments: AssignmentView[] = []): Promise<void> {
    fixture.detectChanges();
    http.expectOne('/api/couples/c1').flush(data);
    http.expectOne('/api/couples/c1/assignments?limit=100').flush({ items: assignments, nextCursor: null });
    await settle();
    http.expectOne('/api/couples/c1/notes?limit=100').flush({ items: [], nextCursor: null });
    http.expectOne('/api/couples/c1/trends').flush({ exercises: [] });
    http.expectOne('/api/couples/c1/sessions').flush([]);
    await settle();
  }

  /** Lets pending promises and timers run, then renders (whenStable would wait for open requests). */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }
  const card = (name: string) => [...el.querySelectorAll('app-invite-link-card')].find((c) => c.querySelector('h3')?.textContent?.includes(name)) as HTMLElement;
  const button = (root: HTMLElement, text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').includes(text)) as HTMLButtonElement | undefined;
  const dialog = () => TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
  async function answerDialog(choice: string): Promise<void> {
    await dialog();
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')];
    const target = buttons.find((b) => b.textContent?.trim() === choice);
    if (!target) throw new Error(`No "${choice}" in the dialog: ${buttons.map((b) => b.textContent?.trim()).join(', ')}`);
    target.click();
    await fixture.whenStable();
  }
  const dialogText = () => document.querySelector('mat-dialog-container')?.textContent ?? '';

  it('shows the couple with one h1 and each partner’s link state in words', async () => {
    await load();
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('h1')?.textContent).toContain('Alex & Sam');
    expect(card('Alex').textContent).toContain('No link yet');
    expect(button(card('Alex'), 'Create link')).toBeDefined();
    expect(button(card('Alex'), 'Email link')).toBeUndefined(); // no email
    expect(card('Sam').textContent).toMatch(/Opened\s+on 3 Nov 2026/);
    expect(button(card('Sam'), 'Create a new link')).toBeDefined();
    expect(button(card('Sam'), 'Email link')).toBeDefined();
    expect(button(card('Sam'), 'Revoke')).toBeDefined();
  });

  it('shows each partner’s language on their card, by its own name and marked as that language', async () => {
    await load();
    expect(card('Alex').querySelector('[data-locale]')?.textContent?.trim()).toBe('English');
    const sam = card('Sam').querySelector('[data-locale]');
    expect(sam?.textContent?.trim()).toBe('Español');
    expect(sam?.getAttribute('lang')).toBe('es');
    expect(card('Sam').textContent).toContain('Language: Español');
  });

  it('creates a first link without asking, and shows its URL once with a copy button', async () => {
    await load();
    button(card('Alex'), 'Create link')?.click();
    await settle();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    const request = http.expectOne('/api/couples/c1/partners/p1/invite-link');
    expect(request.request.method).toBe('POST');
    request.flush({ url: 'http://localhost/i/secret-token', expiresAt: '2026-12-31T12:00:00.000Z' });
    await settle();
    http.expectOne('/api/couples/c1').flush(couple({ partners: [partner({ link: { state: 'never_opened' } }), couple().partners[1]] }));
    await settle();
    const alex = card('Alex');
    expect(alex.querySelector('code')?.textContent).toBe('http://localhost/i/secret-token');
    expect(alex.textContent).toContain('shown only now');
    expect(button(alex, 'Copy link')).toBeDefined();
    expect(alex.textContent).toContain('Never opened');
    expect(card('Sam').querySelector('code')).toBeNull();
  });

  it('warns that the old link stops working before creating a new one', async () => {
    await load();
    button(card('Sam'), 'Create a new link')?.click();
    await settle();
    expect(dialogText()).toContain('stops working at once');
    await answerDialog('Cancel');
    http.expectNone('/api/couples/c1/partners/p2/invite-link');

    button(card('Sam'), 'Create a new link')?.click();
    await settle();
    await answerDialog('Create a new link');
    http.expectOne({ method: 'POST', url: '/api/couples/c1/partners/p2/invite-link' }).flush({ url: 'http://localhost/i/new', expiresAt: '2026-12-31T12:00:00.000Z' });
    await settle();
    http.expectOne('/api/couples/c1').flush(couple());
    await settle();
    expect(card('Sam').querySelector('code')?.textContent).toBe('http://localhost/i/new');
  });

  it('asks before revoking a link, and revokes only when confirmed', async () => {
    await load();
    button(card('Sam'), 'Revoke')?.click();
    await settle();
    expect(dialogText()).toContain('Revoke Sam’s link?');
    await answerDialog('Cancel');
    http.expectNone({ method: 'DELETE', url: '/api/couples/c1/partners/p2/invite-link' });

    button(card('Sam'), 'Revoke')?.click();
    await settle();
    await answerDialog('Revoke link');
    http.expectOne({ method: 'DELETE', url: '/api/couples/c1/partners/p2/invite-link' }).flush(null);
    await settle();
    const revoked = couple();
    http.expectOne('/api/couples/c1').flush({ ...revoked, partners: [revoked.partners[0], { ...revoked.partners[1], link: { state: 'revoked' } }] });
    await settle();
    expect(card('Sam').textContent).toContain('Revoked');
    expect(button(card('Sam'), 'Revoke')).toBeUndefined();
  });

  it('emails a link after saying where it goes', async () => {
    await load();
    button(card('Sam'), 'Email link')?.click();
    await settle();
    expect(dialogText()).toContain('sam@example.com');
    await answerDialog('Send email');
    http.expectOne({ method: 'POST', url: '/api/couples/c1/partners/p2/invite-link/email' }).flush({ sentTo: 'sam@example.com', expiresAt: '2026-12-31T12:00:00.000Z' });
    await settle();
    http.expectOne('/api/couples/c1').flush(couple());
    await settle();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('A new link is on its way to sam@example.com');
  });

  it('lists assignments with each partner’s status in words, and cancels one only when confirmed', async () => {
    const open = assignment({
      dueAt: '2026-11-20T23:59:59.000Z',
      partners: [
        { partnerId: 'p1', status: 'submitted', submittedAt: '2026-11-05T12:00:00.000Z' },
        { partnerId: 'p2', status: 'in_progress' },
      ],
    });
    await load(couple(), [open]);
    const item = el.querySelector('app-assignment-item') as HTMLElement;
    expect(item.textContent).toContain('Communicate openly and honestly');
    const chips = [...item.querySelectorAll('.chip')].map((c) => [c.querySelector('mat-icon')?.textContent?.trim(), c.querySelector('span')?.textContent?.trim()]);
    expect(chips).toEqual([
      ['check_circle', 'Alex: Submitted'],
      ['pending', 'Sam: In progress'],
    ]);
    expect(item.textContent).toContain('Counselor only');
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/assignments/a1');

    button(item, 'Cancel assignment')?.click();
    await settle();
    await answerDialog('Keep it');
    http.expectNone({ method: 'DELETE', url: '/api/assignments/a1' });
    button(item, 'Cancel assignment')?.click();
    await settle();
    await answerDialog('Cancel assignment');
    http.expectOne({ method: 'DELETE', url: '/api/assignments/a1' }).flush(null);
    await settle();
    http.expectOne('/api/couples/c1/assignments?limit=100').flush({ items: [{ ...open, status: 'cancelled' }], nextCursor: null });
    await settle();
    expect(el.querySelector('app-assignment-item')?.textContent).toContain('Cancelled');
  });

  it('offers the release only for a sealed or held assignment', async () => {
    await load(couple(), [
      assignment({ id: 'sealed', visibility: 'in_session', release: { state: 'sealed' } }),
      assignment({ id: 'held', visibility: 'after_both_submit', release: { state: 'held' } }),
      assignment({ id: 'open', visibility: 'after_both_submit', release: { state: 'waiting' } }),
    ]);
    const [sealed, held, plain] = [...el.querySelectorAll('app-assignment-item')] as HTMLElement[];
    expect(button(sealed, 'Release to both')).toBeDefined();
    expect(button(held, 'Release to both')).toBeDefined();
    expect(held?.textContent).toContain('held: safety concern');
    expect(button(plain, 'Release to both')).toBeUndefined();
    button(sealed, 'Release to both')?.click();
    await settle();
    await answerDialog('Release to both');
    http.expectOne({ method: 'POST', url: '/api/assignments/sealed/unlock' }).flush(assignment({ id: 'sealed', visibility: 'in_session', unlockedAt: '2026-11-10T12:00:00.000Z', release: { state: 'shared', sharedAt: '2026-11-10T12:00:00.000Z' } }));
    await settle();
    http.expectOne('/api/couples/c1/assignments?limit=100').flush({ items: [], nextCursor: null });
    await settle();
  });

  it('teaches what to do with no assignments, and shows an error with retry when the couple fails', async () => {
    await load();
    expect(el.textContent).toContain('Nothing assigned yet');

    const other = TestBed.createComponent(CouplePage);
    other.componentRef.setInput('coupleId', 'gone');
    other.detectChanges();
    http.expectOne('/api/couples/gone').flush({ statusCode: 404, message: 'Not found', error: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/couples/gone/assignments?limit=100').flush({ statusCode: 404, message: 'Not found', error: 'Not Found' }, { status: 404, statusText: 'Not Found' });
    await other.whenStable();
    const root = other.nativeElement as HTMLElement;
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('We could not load this couple');
  });

  it('tells the counselor when a scheduled assignment opens, and that partners cannot see it yet', async () => {
    const later = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
    await load(couple(), [assignment({ id: 'later', opensAt: later }), assignment({ id: 'now' })]);
    const items = [...el.querySelectorAll('app-assignment-item')].map((item) => item.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(items[0]).toContain('Opens on');
    expect(items[0]).toContain('partners cannot see it yet');
    expect(items[1]).not.toContain('Opens on');
  });

  it('shows on each partner’s card whether they get reminders, and marks an assignment without reminders', async () => {
    const [alex, sam] = couple().partners;
    await load(couple({ partners: [alex, partner({ ...sam, remindersEnabled: false })] as unknown as CoupleView['partners'] }), [
      assignment({ id: 'quiet', reminders: false }),
      assignment({ id: 'loud' }),
    ]);
    expect(card('Alex').querySelector('[data-reminders] span')?.textContent?.trim()).toBe('No reminders: no email address');
    expect(card('Sam').querySelector('[data-reminders] span')?.textContent?.trim()).toBe('Reminders off (turned off by Sam)');
    const items = [...el.querySelectorAll('app-assignment-item')];
    expect(items[0]?.querySelector('[data-no-reminders]')?.textContent?.replace('notifications_off', '').trim()).toBe('No reminders');
    expect(items[1]?.querySelector('[data-no-reminders]')).toBeNull();
  });

  it('says reminders are on for a partner with an email address and the switch on', async () => {
    await load(couple());
    expect(card('Sam').querySelector('[data-reminders] span')?.textContent?.trim()).toBe('Reminders on');
  });

  describe('records', () => {
    const section = () => el.querySelector('section[aria-labelledby="records-title"]') as HTMLElement;

    it('offers each partner’s printable records and data download, each named for screen readers', async () => {
      await load();
      const links = [...section().querySelectorAll('a')].map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
      expect(links).toEqual([
        ['print Printable records of Alex', '/api/couples/c1/partners/p1/export?format=html'],
        ['Download data of Alex', '/api/couples/c1/partners/p1/export'],
        ['print Printable records of Sam', '/api/couples/c1/partners/p2/export?format=html'],
        ['Download data of Sam', '/api/couples/c1/partners/p2/export'],
      ]);
      expect(button(section(), 'Erase data of Sam')).toBeDefined();
    });

    it('erases after the name is typed in a dialog that names what goes and what stays', async () => {
      await load();
      button(section(), 'Erase data of Sam')?.click();
      for (let i = 0; i < 20 && !document.querySelector('mat-dialog-container input'); i++) await settle(); // the dialog loads lazily
      await dialog();
      expect(dialogText()).toContain('Erase Sam’s data?');
      expect(dialogText()).toContain('What stays: Alex’s answers');
      const input = document.querySelector('mat-dialog-container input') as HTMLInputElement;
      input.value = 'Sam';
      input.dispatchEvent(new Event('input'));
      await answerDialog('Erase for good');
      const request = http.expectOne('/api/couples/c1/partners/p2/erase');
      expect(request.request.body).toEqual({ confirm: 'Sam' });
      request.flush(couple({ partners: [partner(), partner({ id: 'p2', displayName: 'Erased partner', erasedAt: '2026-11-05T12:00:00.000Z' })] }));
      await settle();
      http.expectOne('/api/couples/c1/assignments?limit=100').flush({ items: [], nextCursor: null });
      await settle();
      expect(section().textContent).toContain('Erased on 5 Nov 2026');
      expect(button(section(), 'Erase data of Erased partner')).toBeUndefined();
      expect(button(card('Erased partner'), 'Create')).toBeUndefined();
      expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Sam’s data is erased.');
    });
  });
});
