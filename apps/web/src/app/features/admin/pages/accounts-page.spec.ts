import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { User } from '@trp/contracts';
import { aUser } from '../../../core/session/session.testing';
import { AccountsPage } from './accounts-page';

const casey: User = { ...aUser({ id: 'u2', displayName: 'Casey Counselor', email: 'casey@example.com' }) };
const page = (items: User[], nextCursor: string | null = null) => ({ items, nextCursor });

describe('AccountsPage', () => {
  let fixture: ComponentFixture<AccountsPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  const isUsers = (request: HttpRequest<unknown>) => request.url === '/api/admin/users';
  const query = (request: HttpRequest<unknown>) => Object.fromEntries(request.params.keys().map((key) => [key, request.params.get(key)]));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AccountsPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccountsPage);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    const first = http.expectOne(isUsers);
    expect(query(first.request)).toEqual({ sort: 'displayName', limit: '20' });
    first.flush(page([casey], 'next-1'));
    http.expectOne('/api/admin/invitations?limit=50').flush(page([]));
    http.expectOne('/api/notices').flush([]);
    http.expectOne('/api/admin/orphaned-couples').flush({ items: [], total: 0 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the people, and says when no invitation is pending', () => {
    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('Casey Counselor');
    expect(text).toContain('No invitations are waiting to be accepted.');
  });

  it('asks the API with the chosen role, status and sort, from the first page', async () => {
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[role=combobox]' }))).clickOptions({ text: 'Counselor' });
    const byRole = http.expectOne(isUsers);
    expect(query(byRole.request)).toEqual({ sort: 'displayName', role: 'counselor', limit: '20' });
    byRole.flush(page([casey]));

    const selects = await loader.getAllHarnesses(MatSelectHarness);
    await selects[1].clickOptions({ text: 'Deactivated' });
    const byStatus = http.expectOne(isUsers);
    expect(query(byStatus.request)).toEqual({ sort: 'displayName', role: 'counselor', status: 'deactivated', limit: '20' });
    byStatus.flush(page([]));

    await selects[2].clickOptions({ text: 'Newest first' });
    const sorted = http.expectOne(isUsers);
    expect(query(sorted.request)).toEqual({ sort: 'createdAt', role: 'counselor', status: 'deactivated', limit: '20' });
    sorted.flush(page([]));
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Nobody matches these filters.');
  });

  it('searches after a pause in typing', async () => {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[type=search]');
    if (!input) throw new Error('no search field');
    input.value = ' case ';
    input.dispatchEvent(new Event('input'));
    http.expectNone(isUsers);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const searched = http.expectOne(isUsers);
    expect(query(searched.request)).toEqual({ sort: 'displayName', search: 'case', limit: '20' });
    searched.flush(page([casey]));
  });

  it('pages forward with the cursor and back without it', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Next/ }))).click();
    const next = http.expectOne(isUsers);
    expect(query(next.request)).toEqual({ sort: 'displayName', limit: '20', cursor: 'next-1' });
    next.flush(page([aUser({ id: 'u3' })]));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Previous/ }))).click();
    const back = http.expectOne(isUsers);
    expect(query(back.request)).toEqual({ sort: 'displayName', limit: '20' });
    back.flush(page([casey], 'next-1'));
  });

  it("deactivates after a confirmation naming the person, and shows the API's refusal", async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Actions for Casey Counselor"]' }))).click();
    await (await loader.getHarness(MatMenuHarness)).clickItem({ text: /Deactivate/ });
    http.expectOne('/api/admin/users/u2/couple-count').flush({ active: 0, archived: 0 });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Deactivate Casey Counselor?');
    expect(await dialog.getContentText()).toContain('signed out everywhere at once');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate Casey Counselor' }))).click();
    const patch = http.expectOne('/api/admin/users/u2');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'deactivated' });
    patch.flush(
      { statusCode: 409, message: "This is the practice's last active admin: make someone else an admin first.", error: 'Conflict' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(document.body.textContent).toContain("This is the practice's last active admin");
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Actions for Casey Counselor"]' }))).click();
    await (await loader.getHarness(MatMenuHarness)).clickItem({ text: /Deactivate/ });
    http.expectOne('/api/admin/users/u2/couple-count').flush({ active: 0, archived: 0 });
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
    http.expectNone('/api/admin/users/u2');
  });

  it('asks what happens to the couples of a counselor who has some: give all of them to another counselor', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Actions for Casey Counselor"]' }))).click();
    await (await loader.getHarness(MatMenuHarness)).clickItem({ text: /Deactivate/ });
    http.expectOne('/api/admin/users/u2/couple-count').flush({ active: 2, archived: 1 });
    const counselors = http.expectOne((r) => r.url === '/api/admin/users' && r.params.get('role') === 'counselor');
    expect(counselors.request.params.get('status')).toBe('active');
    counselors.flush(page([casey, aUser({ id: 'u3', displayName: 'Robin Counselor', email: 'robin@example.com' })]));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Deactivate Casey Counselor?');
    expect(await dialog.getContentText()).toContain('Casey Counselor counsels 2 active and 1 archived couples.');
    const confirmButton = await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate Casey Counselor' }));
    expect(await confirmButton.isDisabled()).toBe(true);
    const select = await dialog.getHarness(MatSelectHarness);
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Robin Counselor']);
    await options[0]?.click();
    await confirmButton.click();
    const patch = http.expectOne('/api/admin/users/u2');
    expect(patch.request.body).toEqual({ status: 'deactivated' });
    patch.flush({ ...casey, status: 'deactivated' });
    const all = http.expectOne('/api/admin/couples/reassign-all');
    expect(all.request.body).toEqual({ fromCounselorId: 'u2', toCounselorId: 'u3' });
    all.flush({ reassigned: 3 });
    await fixture.whenStable();
    http.expectOne('/api/admin/orphaned-couples').flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Casey Counselor was deactivated; 3 couples were given to another counselor.');
  });

  it('can leave the couples listed as without an active counselor', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Actions for Casey Counselor"]' }))).click();
    await (await loader.getHarness(MatMenuHarness)).clickItem({ text: /Deactivate/ });
    http.expectOne('/api/admin/users/u2/couple-count').flush({ active: 1, archived: 0 });
    http.expectOne((r) => r.url === '/api/admin/users' && r.params.get('role') === 'counselor').flush(page([casey]));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('No other active counselor');
    await (await dialog.getHarness(MatRadioButtonHarness.with({ label: /Leave them listed/ }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate Casey Counselor' }))).click();
    http.expectOne('/api/admin/users/u2').flush({ ...casey, status: 'deactivated' });
    http.expectNone('/api/admin/couples/reassign-all');
    await fixture.whenStable();
    http.expectOne('/api/admin/orphaned-couples').flush({ items: [{ id: 'c1', label: 'Couple L', counselorId: 'u2', counselorName: 'Casey Counselor', counselorStatus: 'deactivated' }], total: 1 });
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Their couples are listed under “Couples without an active counselor”.');
    expect(fixture.nativeElement.textContent).toContain('Couple L');
  });

  it('sends a password reset after a confirmation, and says so in a snack bar', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Actions for Casey Counselor"]' }))).click();
    await (await loader.getHarness(MatMenuHarness)).clickItem({ text: /Send password reset/ });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Send Casey Counselor a password reset?');
    expect(await dialog.getContentText()).toContain('works for one hour and only once');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Send the link' }))).click();
    const sent = http.expectOne('/api/admin/users/u2/password-reset');
    expect(sent.request.method).toBe('POST');
    sent.flush({ sentTo: 'casey@example.com', expiresAt: '2026-12-03T10:00:00.000Z' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(document.body.textContent).toContain('A password reset link was sent to casey@example.com.');
  });
});
