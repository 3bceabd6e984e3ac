import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AgencyDirectory } from '../organisation/agency-directory';
import { roleLabel } from '../session/roles';
import { Session } from '../session/session';
import { NavIcon } from './nav-icon';
import { navigationFor } from './navigation';
import { SHELL_TEXTS } from './shell.texts';

/** The frame of every working screen: the header with the officer, the menu by role, the content. */
@Component({
  selector: 'app-shell-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, NavIcon],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellLayout {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly agencies = inject(AgencyDirectory);

  protected readonly t = SHELL_TEXTS;
  protected readonly user = this.session.user;
  protected readonly menu = computed(() => navigationFor(this.session.roles()));
  protected readonly roleNames = computed(() => this.session.roles().map(roleLabel).join(', '));
  protected readonly agencyName = computed(() => this.agencies.nameOf(this.user()?.agencyCode));
  /** The top of the tree names the province the system serves. */
  protected readonly provinceName = computed(() => this.agencies.tree()[0]?.name ?? '');

  constructor() {
    // The header works without the names; a failure here shows again on the organisation screens.
    this.agencies.ensureLoaded().catch(() => undefined);
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }
}
