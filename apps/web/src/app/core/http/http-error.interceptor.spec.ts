import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { httpErrorInterceptor, noticeFor } from './http-error.interceptor';

describe('httpErrorInterceptor', () => {
  let open: jest.Mock;

  beforeEach(() => {
    open = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([httpErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: { open } },
      ],
    });
  });

  it('shows a notice on a server error and still fails the request', () => {
    const failed = jest.fn();
    TestBed.inject(HttpClient).get('/api/x').subscribe({ error: failed });
    TestBed.inject(HttpTestingController).expectOne('/api/x').flush({}, { status: 503, statusText: 'Unavailable' });
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/went wrong on our side/), 'Dismiss', expect.any(Object));
    expect(failed).toHaveBeenCalled();
  });

  it('leaves client errors to the page', () => {
    TestBed.inject(HttpClient).get('/api/x').subscribe({ error: () => undefined });
    TestBed.inject(HttpTestingController).expectOne('/api/x').flush({}, { status: 404, statusText: 'Not Found' });
    expect(open).not.toHaveBeenCalled();
  });

  it('words the offline case', () => {
    expect(noticeFor(0)).toMatch(/offline/);
    expect(noticeFor(422)).toBeUndefined();
  });
});
