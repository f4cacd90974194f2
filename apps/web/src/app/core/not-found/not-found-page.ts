import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, MatButtonModule],
  template: `
    <section class="not-found">
      <h1 i18n="@@core.notFound.title">We can't find that page</h1>
      <p i18n="@@core.notFound.body">The address may be mistyped, or the page may have moved.</p>
      <a mat-flat-button routerLink="/" i18n="@@core.notFound.home">Go to the start page</a>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 520px;
      margin: 48px auto;
      text-align: center;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    p {
      color: var(--mat-sys-on-surface-variant);
      margin-bottom: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
