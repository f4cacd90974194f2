// The partner portal on its own: the API answers this build's page (portal.html) for /i/… and /portal/…, so a
// partner's phone downloads no staff code, not even the parts of Angular and Material only staff pages use
// (one bundle shares those files between all its pages). main.ts builds the whole app, portal included.
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { portalConfig } from './app/features/portal/portal.config';

bootstrapApplication(App, portalConfig).catch((err) => console.error(err));
