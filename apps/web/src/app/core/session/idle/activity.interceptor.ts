import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { IdleWatch } from './idle-watch';

/** Every API request counts as activity for the idle timeout (the server counts it too). */
export const activityInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.url.startsWith('/api/')) inject(IdleWatch).noteRequest();
  return next(request);
};
