import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CoupleView, Page } from '@trp/contracts';
import { couple } from '../../testing/caseload-fixtures';
import { CouplesPage, SEARCH_DEBOUNCE_MS } from './couples-page';

describe('CouplesPage', () => {
  let fixture: ComponentFixture<CouplesPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CouplesPage);
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  }
  async function answer(url: string, page: Page<CoupleView>): Promise<void> {
    fixture.detectChanges();
    http.expectOne(url).flush(page);
    await settle();
  }
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

  it('lists active couples with their partners, linking to each couple', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: null });
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('.couple-label')?.getAttribute('href')).toBe('/couples/c1');
    expect(el.querySelector('.partners')?.textContent).toContain('Alex (Hurt partner) · link: no link yet');
    expect(el.querySelector('.partners')?.textContent).toContain('Sam (Broke the trust) · link: opened');
    expect(el.querySelector('.pager')).toBeNull();
  });

  it('searches after the person stops typing, and starts again at the first page', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: 'n1' });
    button('Next').click();
    await answer('/api/couples?status=active&limit=20&cursor=n1', { items: [couple({ id: 'c2' })], nextCursor: null });
    expect(el.querySelector('.page-number')?.textContent).toContain('Page 2');

    const input = el.querySelector('input[type="search"]') as HTMLInputElement;
    for (const value of ['s', 'sa', 'sam']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(50);
    }
    http.expectNone(() => true);
    await settle(SEARCH_DEBOUNCE_MS);
    http.expectOne('/api/couples?search=sam&status=active&limit=20').flush({ items: [], nextCursor: null });
    await settle();
    expect(el.textContent).toContain('No active couple matches “sam”');
  });

  it('pages forward and back with the cursor', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: 'n1' });
    expect(button('Previous').disabled).toBe(true);
    button('Next').click();
    await answer('/api/couples?status=active&limit=20&cursor=n1', { items: [couple({ id: 'c2' })], nextCursor: null });
    expect(button('Next').disabled).toBe(true);
    button('Previous').click();
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: 'n1' });
    expect(el.querySelector('.page-number')?.textContent).toContain('Page 1');
  });

  it('switches to archived couples and explains an empty archive', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: null });
    ([...el.querySelectorAll('mat-button-toggle button')].find((b) => b.textContent?.includes('Archived')) as HTMLButtonElement).click();
    await answer('/api/couples?status=archived&limit=20', { items: [], nextCursor: null });
    expect(el.textContent).toContain('No archived couples');
  });

  it('lists all couples with each one’s status, archived ones set apart', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: null });
    expect(el.querySelector('.couple .status')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Status: Active');
    ([...el.querySelectorAll('mat-button-toggle button')].find((b) => b.textContent?.includes('All')) as HTMLButtonElement).click();
    await answer('/api/couples?limit=20', { items: [couple(), couple({ id: 'c2', status: 'archived' })], nextCursor: null });
    const rows = [...el.querySelectorAll('.couple')];
    expect(rows.map((row) => row.querySelector('.status')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Status: Active', 'Status: archive Archived']);
    expect(rows.map((row) => row.classList.contains('couple-archived'))).toEqual([false, true]);
  });

  it('teaches how to start when there are no couples', async () => {
    await answer('/api/couples?status=active&limit=20', { items: [], nextCursor: null });
    expect(el.textContent).toContain('No couples yet — add your first couple');
    expect(button('Add your first couple')).toBeDefined();
  });

  it('offers a retry when the list fails', async () => {
    fixture.detectChanges();
    http.expectOne('/api/couples?status=active&limit=20').flush({ message: 'x' }, { status: 500, statusText: 'Server error' });
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('We could not load your couples');
    button('Try again').click();
    await answer('/api/couples?status=active&limit=20', { items: [couple()], nextCursor: null });
    expect(el.querySelector('.couple')).not.toBeNull();
  });
});
