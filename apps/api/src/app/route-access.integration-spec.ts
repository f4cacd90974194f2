import { createTestApp, TestApp } from '../test/create-test-app';
import { TestClient } from '../test/http-client';

/**
 * Every route with its declared access, read from the OpenAPI document (`x-trp-access`, set by @Public(),
 * @Authenticated() and @PartnerAuthenticated()). A permission change shows up in review as a change of this list.
 */
describe('declared access of every route', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('lists every route with who may call it', async () => {
    const document = (await new TestClient(testApp.app).get('/api/docs-json')).body as {
      paths: Record<string, Record<string, { 'x-trp-access'?: unknown }>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const access = operation['x-trp-access'];
        const who =
          access === 'public'
            ? 'public'
            : access === 'partner'
              ? 'partner'
              : access && typeof access === 'object'
              ? `staff: ${String((access as { staff: unknown }).staff)}${(access as { allowDuringMfaEnrollment?: boolean }).allowDuringMfaEnrollment ? ' (also during MFA enrolment)' : ''}`
              : 'staff: any (undeclared)';
        return `${method.toUpperCase()} ${path} → ${who}`;
      }),
    );
    expect([...routes].sort()).toEqual([
      'DELETE /api/admin/invitations/{id} → staff: admin',
      'DELETE /api/assignments/{id} → staff: counselor',
      'DELETE /api/couples/{id} → staff: admin',
      'DELETE /api/couples/{id}/notes/{noteId} → staff: counselor',
      'DELETE /api/couples/{id}/partners/{partnerId}/invite-link → staff: counselor',
      'DELETE /api/couples/{id}/sessions/{sessionId} → staff: counselor',
      'GET /api/admin/audit → staff: admin',
      'GET /api/admin/audit.csv → staff: admin',
      'GET /api/admin/invitations → staff: admin',
      'GET /api/admin/mail → staff: admin',
      'GET /api/admin/orphaned-couples → staff: admin',
      'GET /api/admin/practice → staff: admin',
      'GET /api/admin/users → staff: admin',
      'GET /api/admin/users/{id}/couple-count → staff: admin',
      'GET /api/assignments/{id} → staff: counselor',
      'GET /api/assignments/{id}/agreement → staff: counselor',
      'GET /api/auth/me → staff: any (also during MFA enrolment)',
      'GET /api/auth/me/preferences → staff: any',
      'GET /api/couples → staff: counselor',
      'GET /api/couples/{id} → staff: counselor',
      'GET /api/couples/{id}/assignments → staff: counselor',
      'GET /api/couples/{id}/notes → staff: counselor',
      'GET /api/couples/{id}/partners/{partnerId}/export → staff: counselor',
      'GET /api/couples/{id}/sessions → staff: counselor',
      'GET /api/couples/{id}/trends → staff: counselor',
      'GET /api/dashboard → staff: counselor',
      'GET /api/digest → staff: counselor',
      'GET /api/exercises → staff: counselor',
      'GET /api/exercises/{key}/versions/{version} → staff: counselor',
      'GET /api/health → public',
      'GET /api/library/exercises → staff: counselor',
      'GET /api/library/exercises/{key} → staff: counselor',
      'GET /api/mail/unsubscribe → public',
      'GET /api/notices → staff: any',
      'GET /api/portal/agreements → partner',
      'GET /api/portal/assignments → partner',
      'GET /api/portal/assignments/{id} → partner',
      'GET /api/portal/export → partner',
      'GET /api/portal/me → partner',
      'GET /api/portal/pin → partner',
      'PATCH /api/admin/couples/{id} → staff: admin',
      'PATCH /api/admin/practice → staff: admin',
      'PATCH /api/admin/users/{id} → staff: admin',
      'PATCH /api/assignments/{id}/agreement/items/{itemId} → staff: counselor',
      'PATCH /api/auth/me/preferences → staff: any',
      'PATCH /api/couples/{id} → staff: counselor',
      'PATCH /api/library/exercises/{key} → staff: counselor',
      'PATCH /api/portal/me → partner',
      'POST /api/admin/couples/reassign-all → staff: admin',
      'POST /api/admin/invitations → staff: admin',
      'POST /api/admin/invitations/{id}/resend → staff: admin',
      'POST /api/admin/mail/{id}/retry → staff: admin',
      'POST /api/admin/users/{id}/password-reset → staff: admin',
      'POST /api/admin/users/{id}/reset-mfa → staff: admin',
      'POST /api/assignments/{id}/agreement/share → staff: counselor',
      'POST /api/assignments/{id}/reopen → staff: counselor',
      'POST /api/assignments/{id}/review → staff: counselor',
      'POST /api/assignments/{id}/safety-review → staff: counselor',
      'POST /api/assignments/{id}/stop-repeating → staff: counselor',
      'POST /api/assignments/{id}/unlock → staff: counselor',
      'POST /api/auth/invitations/{token}/accept → public',
      'POST /api/auth/login → public',
      'POST /api/auth/logout → staff: any (also during MFA enrolment)',
      'POST /api/auth/mfa/disable → staff: any (also during MFA enrolment)',
      'POST /api/auth/mfa/enable → staff: any (also during MFA enrolment)',
      'POST /api/auth/mfa/setup → staff: any (also during MFA enrolment)',
      'POST /api/auth/password → staff: any',
      'POST /api/auth/password-reset → public',
      'POST /api/auth/password-reset/{token} → public',
      'POST /api/couples → staff: counselor',
      'POST /api/couples/{id}/archive → staff: counselor',
      'POST /api/couples/{id}/assignments → staff: counselor',
      'POST /api/couples/{id}/notes → staff: counselor',
      'POST /api/couples/{id}/partners/{partnerId}/erase → staff: counselor',
      'POST /api/couples/{id}/partners/{partnerId}/invite-link → staff: counselor',
      'POST /api/couples/{id}/partners/{partnerId}/invite-link/email → staff: counselor',
      'POST /api/couples/{id}/sessions → staff: counselor',
      'POST /api/library/exercises → staff: counselor',
      'POST /api/library/exercises/{key}/archive → staff: counselor',
      'POST /api/mail/unsubscribe → public',
      'POST /api/notices/{id}/dismiss → staff: any',
      'POST /api/portal/assignments/{id}/submit → partner',
      'POST /api/portal/logout → partner',
      'POST /api/portal/pin/check → partner',
      'POST /api/portal/session → public',
      'PUT /api/portal/assignments/{id}/draft → partner',
      'PUT /api/portal/pin → partner',
    ]);
    // Other features' routes must declare their access too.
    expect(routes.filter((route) => route.endsWith('(undeclared)'))).toEqual([]);
  });
});
