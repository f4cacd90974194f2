// The yardstick of the web bundle figures in `npm run bench`: a blank Angular Material app (zoneless, router,
// HttpClient, a toolbar and a button), built by the same toolchain in the same run as apps/web.
import { provideHttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-root',
  imports: [MatToolbarModule, MatButtonModule, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-toolbar>Blank</mat-toolbar><button mat-flat-button>Hello</button><router-outlet />`,
})
class BlankApp {}

bootstrapApplication(BlankApp, { providers: [provideZonelessChangeDetection(), provideRouter([]), provideHttpClient()] }).catch((error: unknown) => console.error(error));
