import { HttpInterceptorFn } from '@angular/common/http';
import { activityInterceptor } from '../session/idle/activity.interceptor';
import { sessionInterceptor } from '../session/session.interceptor';
import { httpErrorInterceptor } from './http-error.interceptor';

/**
 * The interceptors of the staff pages' HttpClient, in order: idle activity, the session ending (401/MFA), the
 * global notice for offline and server errors. Loaded lazily (see `app.config.ts`): the partner portal never
 * uses HttpClient (its client sits on HttpBackend), so it never downloads the session, dialog or snack-bar code.
 */
export const STAFF_INTERCEPTORS: readonly HttpInterceptorFn[] = [activityInterceptor, sessionInterceptor, httpErrorInterceptor];
