import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreateAssignmentBody, CreateCoupleBody } from '@trp/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { AssignmentsApi } from './assignments-api';
import { CouplesApi } from './couples-api';
import { DashboardApi } from './dashboard-api';
import { NotesApi } from './notes-api';

describe('caseload API clients', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** Subscribes, answers the one expected request with `body`, and resolves with what the client emitted. */
  async function expectCall<T>(call: Observable<T>, method: string, url: string, body: unknown = {}): Promise<{ request: unknown; result: T }> {
    const result = firstValueFrom(call);
    const request = http.expectOne((r) => r.method === method && r.urlWithParams === url);
    const sent = request.request.body;
    request.flush(body as object);
    return { request: sent, result: await result };
  }

  describe('CouplesApi', () => {
    const api = () => TestBed.inject(CouplesApi);

    it('lists with only the query parts that are set, search trimmed', async () => {
      const page = { items: [], nextCursor: null };
      expect((await expectCall(api().list(), 'GET', '/api/couples', page)).result).toEqual(page);
      await expectCall(api().list({ search: '  sam ', status: 'archived', limit: 20, cursor: 'abc' }), 'GET', '/api/couples?search=sam&status=archived&limit=20&cursor=abc', page);
      await expectCall(api().list({ search: '   ', status: 'active' }), 'GET', '/api/couples?status=active', page);
    });

    it('reads, creates, updates, archives and restores a couple', async () => {
      await expectCall(api().get('c1'), 'GET', '/api/couples/c1');
      const body: CreateCoupleBody = { label: 'A & B', partners: [{ displayName: 'A' }, { displayName: 'B', email: 'b@example.com', perspective: 'hurt' }] };
      expect((await expectCall(api().create(body), 'POST', '/api/couples')).request).toEqual(body);
      expect((await expectCall(api().update('c1', { label: 'New' }), 'PATCH', '/api/couples/c1')).request).toEqual({ label: 'New' });
      expect((await expectCall(api().archive('c1'), 'POST', '/api/couples/c1/archive')).request).toEqual({});
      expect((await expectCall(api().restore('c1'), 'PATCH', '/api/couples/c1')).request).toEqual({ status: 'active' });
    });

    it('issues, emails and revokes a partner’s invite link', async () => {
      const link = { url: 'http://x/i/token', expiresAt: '2027-01-01T00:00:00.000Z' };
      expect((await expectCall(api().issueInviteLink('c1', 'p1'), 'POST', '/api/couples/c1/partners/p1/invite-link', link)).result).toEqual(link);
      await expectCall(api().emailInviteLink('c1', 'p1'), 'POST', '/api/couples/c1/partners/p1/invite-link/email');
      await expectCall(api().revokeInviteLink('c1', 'p1'), 'DELETE', '/api/couples/c1/partners/p1/invite-link');
    });
  });

  describe('AssignmentsApi', () => {
    const api = () => TestBed.inject(AssignmentsApi);

    it('lists a couple’s assignments and assigns one', async () => {
      await expectCall(api().listForCouple('c1'), 'GET', '/api/couples/c1/assignments?limit=100', { items: [], nextCursor: null });
      const body: CreateAssignmentBody = { exerciseKey: 'set-boundaries', visibility: 'in_session', dueAt: '2027-01-01T22:59:59.000Z' };
      expect((await expectCall(api().create('c1', body), 'POST', '/api/couples/c1/assignments')).request).toEqual(body);
    });

    it('reads one and acts on it', async () => {
      await expectCall(api().get('a1'), 'GET', '/api/assignments/a1');
      await expectCall(api().markReviewed('a1'), 'POST', '/api/assignments/a1/review');
      expect((await expectCall(api().reopen('a1'), 'POST', '/api/assignments/a1/reopen')).request).toEqual({});
      expect((await expectCall(api().reopen('a1', 'p2'), 'POST', '/api/assignments/a1/reopen')).request).toEqual({ partnerId: 'p2' });
      await expectCall(api().unlock('a1'), 'POST', '/api/assignments/a1/unlock');
      await expectCall(api().cancel('a1'), 'DELETE', '/api/assignments/a1');
    });
  });

  it('DashboardApi reads the dashboard', async () => {
    const dashboard = { safetyFlags: [], readyToReview: [], overdue: [], caseload: [] };
    expect((await expectCall(TestBed.inject(DashboardApi).get(), 'GET', '/api/dashboard', dashboard)).result).toEqual(dashboard);
  });

  it('NotesApi lists and adds a couple’s notes', async () => {
    const api = TestBed.inject(NotesApi);
    await expectCall(api.list('c1'), 'GET', '/api/couples/c1/notes?limit=100', { items: [], nextCursor: null });
    expect((await expectCall(api.add('c1', { body: 'Follow up on sleep' }), 'POST', '/api/couples/c1/notes')).request).toEqual({ body: 'Follow up on sleep' });
    await expectCall(api.remove('c1', 'n1'), 'DELETE', '/api/couples/c1/notes/n1');
  });
});
