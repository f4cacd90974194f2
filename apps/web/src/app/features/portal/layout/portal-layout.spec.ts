import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PortalMe } from '@trp/contracts';
import { PortalSessionStore } from '../data/portal-session.store';
import { PortalLayout } from './portal-layout';

describe('PortalLayout', () => {
  it('names the partner in the header, never the couple’s label (even if an old server still sent it)', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const me = {
      crisisResources: 'Call your local emergency number.',
      remindersEnabled: true,
      partner: { id: 'p-alex', displayName: 'Alex', perspective: 'hurt' },
      counselor: { displayName: 'Robin' },
      couple: { label: 'Case 114 - Omar affair w/ coworker' },
    } as PortalMe;
    TestBed.inject(PortalSessionStore).set(me);
    const fixture = TestBed.createComponent(PortalLayout);
    fixture.detectChanges();
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Alex');
    expect(text).not.toContain('Case 114');
    expect(text).not.toContain('Omar');
    TestBed.inject(HttpTestingController).verify();
  });
});
