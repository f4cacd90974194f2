import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MFA_PATH, PASSWORD_PATH, PREFERENCES_PATH, SIGN_IN_PATH } from '../session/session-routes';
import { SessionStore } from '../session/session.store';
import { ThemeService } from '../theme/theme.service';
import { navFor } from './navigation';

/**
 * The staff app's frame: toolbar with the navigation for the signed-in person's roles (a menu on phones),
 * their account menu, the theme switch, and the page. Nobody signed in: no navigation.
 */
@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    MatDividerModule,
    MatProgressBarModule,
  ],
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppShell {
  protected readonly theme = inject(ThemeService);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly user = this.session.user;
  protected readonly navItems = computed(() => navFor(this.session.roles()));
  protected readonly paths = { mfa: MFA_PATH, password: PASSWORD_PATH, preferences: PREFERENCES_PATH };
  protected readonly text = {
    toLight: $localize`:@@core.shell.toLightTheme:Switch to light theme`,
    toDark: $localize`:@@core.shell.toDarkTheme:Switch to dark theme`,
    light: $localize`:@@core.shell.lightTheme:Light theme`,
    dark: $localize`:@@core.shell.darkTheme:Dark theme`,
  };

  protected accountLabel(name: string): string {
    return $localize`:@@core.shell.accountLabel:Account: ${name}:name:`;
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut($localize`:@@core.shell.signedOut:You have signed out.`);
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }
}
