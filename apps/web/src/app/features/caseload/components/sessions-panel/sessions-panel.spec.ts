import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import type { Session } from '@trp/contracts';
import { SessionStore } from '../../../../core/session/session.store';
import { SessionsPanel } from './sessions-panel';

describe('SessionsPanel', () => {
  let fixture: ComponentFixture<SessionsPanel>;
  let http: HttpTestingController;
  let el: HTMLElement;
  const year = new Date().getFullYear();
  const upcoming: Session = { id: 's1', coupleId: 'c1', startsAt: `${year + 1}-01-14T16:00:00.000Z`, durationMinutes: 50, createdAt: '2026-11-01T10:00:00.000Z' };
  const past: Session = { id: 's0', coupleId: 'c1', startsAt: '2025-11-05T16:00:00.000Z', durationMinutes: 60, createdAt: '2025-11-01T10:00:00.000Z' };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: { user: signal({ id: 'u1', timezone: 'Europe/Madrid' }) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionsPanel);
    fixture.componentRef.setInput('coupleId', 'c1');
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/couples/c1/sessions').flush([past, upcoming]);
    await settle();
  });
  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }
  const button = (text: string) => [...el.querySelectorAll('button')].filter((b) => b.textContent?.includes(text));

  it('lists coming and earlier sessions in the practice’s time zone', () => {
    const text = el.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Coming up');
    expect(text).toMatch(/Jan 14.*(17:00|05:00 PM)/); // 16:00 UTC is 17:00 in Madrid in winter
    expect(text).toContain('Earlier');
    expect(text).toContain('60 min');
    expect(text).toContain('In the practice’s time zone (Europe/Madrid)');
  });

  it('sends the entered wall time as the practice’s instant', async () => {
    const input = el.querySelector<HTMLInputElement>('input[type="datetime-local"]');
    if (!input) throw new Error('no date-time input');
    input.value = `${year + 1}-07-10T18:00`;
    input.dispatchEvent(new Event('input'));
    await settle();
    button('Add session')[0]?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/couples/c1/sessions' });
    expect(request.request.body).toEqual({ startsAt: `${year + 1}-07-10T16:00:00.000Z`, durationMinutes: 50 });
    request.flush({ ...upcoming, id: 's2', startsAt: `${year + 1}-07-10T16:00:00.000Z` });
    await settle();
    expect(el.querySelectorAll('.session')).toHaveLength(3);
  });

  it('deletes a session only after confirming', async () => {
    button('Delete')[0]?.click();
    await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    const confirmButton = [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')].find((b) => b.textContent?.trim() === 'Delete session');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Delete this session?');
    confirmButton?.click();
    await fixture.whenStable();
    http.expectOne({ method: 'DELETE', url: '/api/couples/c1/sessions/s1' }).flush(null);
    await settle();
    expect(el.querySelectorAll('.session')).toHaveLength(1);
  });
});
