import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { AuditLogPage } from './audit-log-page';

describe('AuditLogPage: CSV download and the couple filter', () => {
  it('downloads the log between the chosen dates as CSV', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
    const flushAll = () => http.match(() => true).forEach((r) => r.flush({ items: [], nextCursor: null }));
    flushAll();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const link = () => [...el.querySelectorAll('a')].find((a) => a.textContent?.includes('Download CSV')) as HTMLAnchorElement;
    expect(link().getAttribute('href')).toBe('/api/admin/audit.csv');
    expect(link().hasAttribute('download')).toBe(true);
    const from = el.querySelector('input[type="date"]') as HTMLInputElement;
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 400));
    flushAll();
    fixture.detectChanges();
    expect(link().getAttribute('href')).toBe('/api/admin/audit.csv?from=2026-01-01');
  });

  it('filters by couple from an entry’s “Only this couple”, refuses a malformed ID, and the CSV follows the couple', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
    const coupleId = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    const event = {
      id: '7',
      occurredAt: '2026-05-01T10:00:00Z',
      actor: { kind: 'staff', id: 'u', displayName: 'Dana' },
      action: 'partner.exported',
      target: { type: 'partner', id: 'p', name: null, couple: { id: coupleId, counselorName: 'Dana' } },
      outcome: 'success',
      requestId: null,
      ip: null,
      details: { format: 'html' },
    };
    http.expectOne((r) => r.url === '/api/admin/audit').flush({ items: [event], nextCursor: null });
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Only this couple')) as HTMLButtonElement;
    button.click();
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const filtered = http.expectOne((r) => r.url === '/api/admin/audit');
    expect(filtered.request.params.get('coupleId')).toBe(coupleId);
    filtered.flush({ items: [event], nextCursor: null });
    fixture.detectChanges();
    const link = [...el.querySelectorAll('a')].find((a) => a.textContent?.includes('Download CSV')) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`/api/admin/audit.csv?coupleId=${coupleId}`);
    expect(el.textContent).toContain('Only entries about couple');
    // A malformed ID is refused here, with no request.
    const input = el.querySelector('.couple-field input') as HTMLInputElement;
    input.value = 'not-an-id';
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(el.querySelector('#couple-error')?.textContent).toContain('A couple ID looks like');
    await new Promise((resolve) => setTimeout(resolve, 400));
    http.expectNone((r) => r.url === '/api/admin/audit');
    http.verify();
  });
});
