import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/** Full page loads (another language means the other copy of the app); a seam for tests. */
@Injectable({ providedIn: 'root' })
export class PageNavigation {
  private readonly location = inject(DOCUMENT).location;

  reload(): void {
    this.location.reload();
  }

  assign(url: string): void {
    this.location.assign(url);
  }
}
