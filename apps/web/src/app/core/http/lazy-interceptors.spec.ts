import { HttpClient, HttpErrorResponse, HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { InjectionToken, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { catchError, of } from 'rxjs';
import { lazyInterceptors } from './lazy-interceptors';

const LOG = new InjectionToken<string[]>('log');

/** An interceptor that needs its injection context (as the staff ones do) and marks the request. */
function marking(name: string): HttpInterceptorFn {
  return (request, next) => {
    inject(LOG).push(`${name} ${request.url}`);
    return next(request.clone({ setHeaders: { 'x-seen-by': [request.headers.get('x-seen-by'), name].filter(Boolean).join(',') } }));
  };
}

describe('lazyInterceptors', () => {
  let log: string[];
  let load: jest.Mock<Promise<readonly HttpInterceptorFn[]>>;

  beforeEach(() => {
    log = [];
    load = jest.fn(() => Promise.resolve([marking('first'), marking('second')]));
    TestBed.configureTestingModule({
      providers: [{ provide: LOG, useValue: log }, provideHttpClient(withInterceptors([lazyInterceptors(load)])), provideHttpClientTesting()],
    });
  });

  it('loads nothing until a request is made', () => {
    TestBed.inject(HttpClient);
    expect(load).not.toHaveBeenCalled();
  });

  it('runs the loaded interceptors in order, in the injection context, then sends the request', async () => {
    const answers: unknown[] = [];
    TestBed.inject(HttpClient).get('/api/x').subscribe((body) => answers.push(body));
    await Promise.resolve();
    await Promise.resolve();

    const sent = TestBed.inject(HttpTestingController).expectOne('/api/x');
    expect(sent.request.headers.get('x-seen-by')).toBe('first,second');
    expect(log).toEqual(['first /api/x', 'second /api/x']);
    sent.flush({ ok: true });
    expect(answers).toEqual([{ ok: true }]);
  });

  it('lets an interceptor see the errors of the request', async () => {
    const seen: number[] = [];
    load.mockResolvedValue([
      (request, next) =>
        next(request).pipe(
          catchError((error: HttpErrorResponse) => {
            seen.push(error.status);
            return of();
          }),
        ),
    ]);
    TestBed.inject(HttpClient).get('/api/y').subscribe();
    await Promise.resolve();
    await Promise.resolve();

    TestBed.inject(HttpTestingController).expectOne('/api/y').flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(seen).toEqual([401]);
  });
});
