import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Digest } from '@trp/contracts';
import { SessionStore } from '../../../../core/session/session.store';
import { ThisWeekPage } from './this-week-page';

describe('ThisWeekPage', () => {
  let fixture: ComponentFixture<ThisWeekPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SessionStore, useValue: { user: signal({ id: 'u1', timezone: 'Europe/Madrid' }) } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ThisWeekPage);
    el = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  async function load(body: Digest): Promise<void> {
    fixture.detectChanges();
    http.expectOne('/api/digest').flush(body);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }
  const text = () => el.textContent?.replace(/\s+/g, ' ') ?? '';

  it('shows each session with its couple, what is new, differences, flags and counts, one section per couple', async () => {
    await load({
      from: '2026-12-02T23:00:00.000Z',
      to: '2026-12-09T23:00:00.000Z',
      sessions: [
        {
          session: { id: 's1', coupleId: 'c1', startsAt: '2026-12-04T15:00:00.000Z', durationMinutes: 50, createdAt: '2026-11-01T10:00:00.000Z' },
          couple: { id: 'c1', label: 'Robin & Alex' },
          since: '2026-11-27T15:00:00.000Z',
          news: [{ at: '2026-11-29T10:00:00.000Z', text: 'Sam submitted Acknowledge the breach' }],
          differences: ['Acknowledge the breach, “How ready…”: Alex 2, Sam 9'],
          scoreChanges: [
            {
              exerciseKey: 'weekly-check-in',
              title: 'How are things this week',
              partnerId: 'p1',
              name: 'Alex',
              latest: { assignmentId: 'a2', submittedAt: '2026-12-01T10:00:00.000Z', value: 18, band: 'A steadier week' },
              before: { assignmentId: 'a1', submittedAt: '2026-11-24T10:00:00.000Z', value: 13 },
              change: 5,
            },
          ],
          safetyFlags: 1,
          overdue: 0,
          readyToReview: 2,
        },
        {
          session: { id: 's2', coupleId: 'c2', startsAt: '2026-12-05T09:00:00.000Z', durationMinutes: 50, createdAt: '2026-11-01T10:00:00.000Z' },
          couple: { id: 'c2', label: 'Kim & Lee' },
          since: '2026-10-01T10:00:00.000Z',
          news: [],
          differences: [],
          scoreChanges: [],
          safetyFlags: 0,
          overdue: 1,
          readyToReview: 0,
        },
      ],
    });
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelectorAll('section.week-entry')).toHaveLength(2);
    expect(text()).toContain('Robin & Alex');
    expect(text()).toMatch(/Dec 4.*(16:00|04:00 PM)/); // in the practice's zone
    expect(text()).toContain('Sam submitted Acknowledge the breach');
    expect(text()).toContain('Alex 2, Sam 9');
    expect(text()).toContain('A safety concern is waiting for you.');
    expect(text()).toContain('2 exercises ready to read · 0 overdue');
    expect(text()).toContain('Nothing new.');
    // The score change since the last session, only for the couple with a scored check-in.
    expect(el.querySelectorAll('.week-scores li')).toHaveLength(1);
    expect(text()).toMatch(/Alex, How are things this week: 18 · A steadier week on .*Dec 1.*, up 5 from 13 on .*Nov 24/);
  });

  it('explains an empty week', async () => {
    await load({ from: '2026-12-02T23:00:00.000Z', to: '2026-12-09T23:00:00.000Z', sessions: [] });
    expect(text()).toContain('No sessions in the next seven days.');
  });
});
