import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { MailLogItem } from '@trp/contracts';
import { of } from 'rxjs';
import { MailLogPage } from './mail-log-page';

const failed: MailLogItem = {
  id: 'm1',
  kind: 'password_reset',
  to: 'sam@riverside.example',
  status: 'failed',
  attempts: 6,
  createdAt: '2026-12-01T10:00:00.000Z',
  lastError: 'Connection refused',
};
const sent: MailLogItem = { id: 'm2', kind: 'staff_invitation', to: 'kim@riverside.example', status: 'sent', attempts: 1, createdAt: '2026-12-01T09:00:00.000Z', sentAt: '2026-12-01T09:00:02.000Z' };

describe('MailLogPage', () => {
  let fixture: ComponentFixture<MailLogPage>;
  let http: HttpTestingController;
  const confirmed = { value: true };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MailLogPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatDialog, useValue: { open: jest.fn(() => ({ afterClosed: () => of(confirmed.value) })) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MailLogPage);
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const flushList = async (items: MailLogItem[], url = '/api/admin/mail?limit=50') => {
    http.expectOne(url).flush({ items, nextCursor: null });
    await fixture.whenStable();
  };

  it('lists each mail with kind, recipient, status, tries and the last error; only a failed one can be sent again', async () => {
    await flushList([failed, sent]);
    const rows = el().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Password reset');
    expect(rows[0]?.textContent).toContain('sam@riverside.example');
    expect(rows[0]?.textContent).toContain('Not sent');
    expect(rows[0]?.textContent).toContain('6 tries');
    expect(rows[0]?.textContent).toContain('Connection refused');
    expect(rows[0]?.querySelector('button')?.textContent).toContain('Send again');
    expect(rows[1]?.textContent).toContain('Sent');
    expect(rows[1]?.querySelector('button')).toBeNull();
  });

  it('says so when there is no mail yet', async () => {
    await flushList([]);
    expect(el().textContent).toContain('No mail has been sent yet.');
  });

  it('shows an error with a way to try again', async () => {
    http.expectOne('/api/admin/mail?limit=50').flush({ statusCode: 500, message: 'x', error: 'x' }, { status: 500, statusText: 'x' });
    await fixture.whenStable();
    expect(el().textContent).toContain('We could not load the mail log');
  });

  it('sends a failed mail again after confirmation and shows it waiting', async () => {
    await flushList([failed]);
    (el().querySelector('tbody button') as HTMLButtonElement).click();
    const retry = http.expectOne('/api/admin/mail/m1/retry');
    expect(retry.request.method).toBe('POST');
    retry.flush({ ...failed, status: 'queued' });
    await fixture.whenStable();
    expect(el().querySelector('tbody tr')?.textContent).toContain('Waiting to send');
    expect(el().querySelector('tbody button')).toBeNull();
  });

  it('shows the text of a mail on the demo (the API sends it only there)', async () => {
    await flushList([{ ...sent, text: 'Hello,\n\nOpen [personal link, shown only in the mail itself]' }]);
    expect(el().querySelector('details summary')?.textContent).toContain('What it says');
    expect(el().querySelector('details pre')?.textContent).toContain('Hello,');
  });
});
