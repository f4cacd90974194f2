import { HttpEvent, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { EnvironmentInjector, inject, runInInjectionContext } from '@angular/core';
import { Observable, from, switchMap } from 'rxjs';

/**
 * One interceptor that runs a chain of interceptors kept in a lazy chunk, loaded with the first request that
 * goes through it. Each runs in the HttpClient's injection context, as `withInterceptors` would run it.
 */
export function lazyInterceptors(load: () => Promise<readonly HttpInterceptorFn[]>): HttpInterceptorFn {
  return (request, next) => {
    const injector = inject(EnvironmentInjector);
    return from(load()).pipe(switchMap((interceptors) => handle(interceptors, 0, injector, request, next)));
  };
}

function handle(
  interceptors: readonly HttpInterceptorFn[],
  index: number,
  injector: EnvironmentInjector,
  request: HttpRequest<unknown>,
  next: HttpHandlerFn,
): Observable<HttpEvent<unknown>> {
  const interceptor = interceptors[index];
  if (!interceptor) return next(request);
  return runInInjectionContext(injector, () => interceptor(request, (forwarded) => handle(interceptors, index + 1, injector, forwarded, next)));
}
