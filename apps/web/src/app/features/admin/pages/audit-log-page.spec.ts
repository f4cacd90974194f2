import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { AuditLogPage } from './audit-log-page';

describe('AuditLogPage: CSV download', () => {
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
});
