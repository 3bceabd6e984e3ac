import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { CitizenSession } from '../session/citizen-session';

/** The frame of every page: the State's header, the main navigation, the content and the footer. */
@Component({
  selector: 'app-portal-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './portal-layout.html',
  styleUrl: './portal-layout.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortalLayout {
  protected readonly session = inject(CitizenSession);
  private readonly router = inject(Router);
  protected readonly menuOpen = signal(false);
  protected readonly accountOpen = signal(false);

  protected readonly links = [
    { path: '/', label: 'Trang chủ', exact: true },
    { path: '/thu-tuc', label: 'Thủ tục hành chính', exact: false },
    { path: '/tra-cuu', label: 'Tra cứu hồ sơ', exact: false },
    { path: '/hoi-dap', label: 'Hỏi đáp', exact: false },
    { path: '/khao-sat', label: 'Khảo sát', exact: false },
    { path: '/thong-ke', label: 'Thống kê', exact: false },
  ];

  constructor() {
    this.router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => {
      this.menuOpen.set(false);
      this.accountOpen.set(false);
    });
  }

  protected signInUrl(): string {
    const here = this.router.url.startsWith('/dang-nhap') ? '/ho-so-cua-toi' : this.router.url;
    return this.session.signInUrl(here);
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/');
  }
}
