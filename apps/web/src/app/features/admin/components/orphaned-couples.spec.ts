import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { OrphanedCouples as List } from '@trp/contracts';
import { aUser } from '../../../core/session/session.testing';
import { OrphanedCouples } from './orphaned-couples';

const list: List = {
  items: [{ id: 'c1', label: 'Couple L', counselorId: 'u2', counselorName: 'Casey Counselor', counselorStatus: 'deactivated' }],
  total: 1,
};

describe('OrphanedCouples', () => {
  let fixture: ComponentFixture<OrphanedCouples>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrphanedCouples);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('shows loading, then an empty state when every couple has a counselor', async () => {
    fixture.detectChanges();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toContain('Loading the couples without an active counselor');
    http.expectOne('/api/admin/orphaned-couples').flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-bar')).toBeNull();
    expect(el.textContent).toContain('Every couple has an active counselor.');
  });

  it('says when the list cannot be loaded, with a retry', async () => {
    fixture.detectChanges();
    http.expectOne('/api/admin/orphaned-couples').flush({ statusCode: 500, message: 'x', error: 'x' }, { status: 500, statusText: 'x' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('We could not load the couples without an active counselor');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    http.expectOne('/api/admin/orphaned-couples').flush(list);
    await fixture.whenStable();
    expect(el.textContent).toContain('Couple L');
  });

  it('lists labels and the former counselor only, and gives a couple to an active counselor chosen in a dialog', async () => {
    fixture.detectChanges();
    http.expectOne('/api/admin/orphaned-couples').flush(list);
    await fixture.whenStable();
    expect(el.querySelector('li')?.textContent).toContain('Was with Casey Counselor (deactivated)');
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Give Couple L to a counselor"]' }))).click();
    const counselors = http.expectOne((r) => r.url === '/api/admin/users' && r.params.get('role') === 'counselor' && r.params.get('status') === 'active');
    counselors.flush({ items: [aUser({ id: 'u3', displayName: 'Robin Counselor' })], nextCursor: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Give “Couple L” to a counselor');
    const give = await dialog.getHarness(MatButtonHarness.with({ text: 'Give the couple' }));
    expect(await give.isDisabled()).toBe(true);
    const select = await dialog.getHarness(MatSelectHarness);
    await select.open();
    await (await select.getOptions())[0]?.click();
    await give.click();
    const patch = http.expectOne('/api/admin/couples/c1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ counselorId: 'u3' });
    patch.flush({ id: 'c1', counselorId: 'u3' });
    await fixture.whenStable();
    http.expectOne('/api/admin/orphaned-couples').flush({ items: [], total: 0 });
    await fixture.whenStable();
    expect(document.body.textContent).toContain('“Couple L” has a counselor again.');
  });

  it('shows the refusal inside the dialog', async () => {
    fixture.detectChanges();
    http.expectOne('/api/admin/orphaned-couples').flush(list);
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Give to a counselor' }))).click();
    http.expectOne((r) => r.url === '/api/admin/users').flush({ items: [aUser({ id: 'u3', displayName: 'Robin Counselor' })], nextCursor: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    const select = await dialog.getHarness(MatSelectHarness);
    await select.open();
    await (await select.getOptions())[0]?.click();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Give the couple' }))).click();
    http
      .expectOne('/api/admin/couples/c1')
      .flush(
        { statusCode: 400, message: 'counselorId: is not an active counselor of this practice.', error: 'Bad Request' },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(await dialog.getContentText()).toContain('Is not an active counselor of this practice');
  });
});
