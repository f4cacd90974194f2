import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PortalMe } from '@trp/contracts';
import { PortalSessionStore } from '../data/portal-session.store';
import * as leave from '../shared-phone/leave-quickly';
import { PortalLayout } from './portal-layout';

describe('PortalLayout', () => {
  const me = {
    crisisResources: 'Call your local emergency number.',
    remindersEnabled: true,
    hasEmail: false,
    partner: { id: 'p-alex', displayName: 'Alex', perspective: 'hurt', locale: 'en' },
    counselor: { displayName: 'Robin' },
    couple: { label: 'Case 114 - Omar affair w/ coworker' },
  } as PortalMe;

  async function render(pinSet: boolean) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    TestBed.inject(PortalSessionStore).set(me);
    const fixture = TestBed.createComponent(PortalLayout);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/portal/pin').flush({ set: pinSet });
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  it('names the partner in the header, never the couple’s label (even if an old server still sent it)', async () => {
    const { element, http } = await render(false);
    const text = element.textContent ?? '';
    expect(text).toContain('Alex');
    expect(text).not.toContain('Case 114');
    expect(text).not.toContain('Omar');
    http.verify();
  });

  it('says nothing about trust, relationships or the product in the header', async () => {
    const { element } = await render(false);
    const header = element.querySelector('header')?.textContent ?? '';
    expect(header).not.toMatch(/trust|betray|relationship|repair|couple/i);
  });

  it('puts “Leave quickly” first in the keyboard order, and leaving empties the page and replaces it', async () => {
    const spy = jest.spyOn(leave, 'leaveQuickly').mockImplementation(() => undefined);
    const { element } = await render(false);
    const first = element.querySelector('button, a, input') as HTMLButtonElement;
    expect(first.textContent?.trim()).toBe('Leave quickly');
    first.click();
    expect(spy).toHaveBeenCalledWith(document);
    spy.mockRestore();
  });

  it('shows the PIN screen instead of the page on reopening when a PIN is set', async () => {
    const { element, fixture } = await render(true);
    // The page underneath is gone at once; the PIN screen comes in its own small chunk.
    expect(element.querySelector('router-outlet')).toBeNull();
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    fixture.detectChanges();
    expect(element.querySelector('app-lock-screen')).not.toBeNull();
    expect(element.querySelector('h1')?.textContent).toContain('Enter your PIN');
  });
});
