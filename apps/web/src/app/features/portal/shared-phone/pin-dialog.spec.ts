import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { PinDialog, type PinDialogData } from './pin-dialog';

describe('PinDialog', () => {
  let fixture: ComponentFixture<PinDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;

  async function render(data: PinDialogData): Promise<void> {
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PinDialog);
    await fixture.whenStable();
  }
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const fill = (id: string, value: string) => ((el().querySelector(`#${id}`) as HTMLInputElement).value = value);
  const submit = async () => {
    (el().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const alert = () => el().querySelector('[role="alert"]')?.textContent?.trim();
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  it('labels every field and asks for 4 to 8 digits, the same twice, before sending anything', async () => {
    await render({ pinSet: false });
    for (const input of el().querySelectorAll('input')) expect(el().querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    expect(el().querySelector('#pin-current')).toBeNull();
    fill('pin-new', '12');
    await submit();
    expect(alert()).toBe('Choose 4 to 8 digits.');
    fill('pin-new', '2468');
    fill('pin-again', '2467');
    await submit();
    expect(alert()).toBe('The two PINs are not the same. Type it again.');
    http.expectNone('/api/portal/pin');
  });

  it('sets a new PIN and closes saying one is set', async () => {
    await render({ pinSet: false });
    fill('pin-new', '2468');
    fill('pin-again', '2468');
    await submit();
    const request = http.expectOne('/api/portal/pin');
    expect([request.request.method, request.request.body]).toEqual(['PUT', { pin: '2468' }]);
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(close).toHaveBeenCalledWith(true);
  });

  it('removes a PIN with the current one, and says how many tries are left when it is wrong', async () => {
    await render({ pinSet: true });
    fill('pin-current', '1111');
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Remove PIN'))?.click();
    await fixture.whenStable();
    http.expectOne('/api/portal/pin').flush({ statusCode: 403, message: 'no', error: 'Forbidden', remaining: 4 }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(alert()).toBe('Your current PIN isn’t right. 4 tries left.');
    fill('pin-current', '2468');
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Remove PIN'))?.click();
    await fixture.whenStable();
    const request = http.expectOne('/api/portal/pin');
    expect(request.request.body).toEqual({ pin: null, currentPin: '2468' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(close).toHaveBeenCalledWith(false);
  });
});
