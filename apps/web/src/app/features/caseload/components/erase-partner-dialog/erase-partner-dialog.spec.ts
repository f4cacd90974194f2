import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ErasePartnerDialog, sameName, type ErasePartnerData } from './erase-partner-dialog';

describe('ErasePartnerDialog', () => {
  let fixture: ComponentFixture<ErasePartnerDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;
  const data: ErasePartnerData = { coupleId: 'c1', partnerId: 'p1', partnerName: 'Robin', otherName: 'Alex' };

  beforeEach(async () => {
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ErasePartnerDialog);
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const type = async (text: string) => {
    const input = el().querySelector('input') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('names what is erased and what stays', () => {
    const text = el().textContent ?? '';
    expect(text).toContain('Erase Robin’s data?');
    expect(text).toContain('every answer and draft Robin wrote');
    expect(text).toContain('their name and email address');
    expect(text).toContain('What stays: Alex’s answers, the assignments, and your private notes.');
    expect(text).toContain('cannot be undone');
  });

  it('sends nothing until the partner’s name is typed', async () => {
    await type('');
    await type('Alex');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Type Robin exactly as shown');
    http.expectNone('/api/couples/c1/partners/p1/erase');
    expect(close).not.toHaveBeenCalled();
  });

  it('erases with the typed name and closes with the updated couple', async () => {
    await type(' robin ');
    const request = http.expectOne('/api/couples/c1/partners/p1/erase');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ confirm: ' robin ' });
    const couple = { id: 'c1' };
    request.flush(couple);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(couple);
  });

  it('shows the server’s message when erasing fails, and lets the counselor try again', async () => {
    await type('Robin');
    http.expectOne('/api/couples/c1/partners/p1/erase').flush({ statusCode: 409, message: 'This partner’s data has already been erased.', error: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('already been erased');
    expect((el().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('compares names as the server does: spaces and case aside, never empty', () => {
    expect(sameName('  ROBIN ', 'Robin')).toBe(true);
    expect(sameName('Rob', 'Robin')).toBe(false);
    expect(sameName('   ', '   ')).toBe(false);
  });
});
