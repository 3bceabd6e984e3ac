import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ProceduresApi, type CodeName, type ProcedureHit } from '../procedures/procedures-api';
import { duration, serviceLevel } from '../ui/format';

/** Trang chủ: search first, then the services people come for. */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink],
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly api = inject(ProceduresApi);
  private readonly router = inject(Router);
  protected readonly sectors = signal<CodeName[]>([]);
  protected readonly online = signal<ProcedureHit[]>([]);
  protected readonly loaded = signal(false);
  protected readonly serviceLevel = serviceLevel;
  protected readonly duration = duration;

  constructor() {
    this.api.sectors().then((sectors) => this.sectors.set(sectors), () => undefined);
    this.api.search({ serviceLevel: 'full_online', pageSize: 6 })
      .then((page) => this.online.set(page.items), () => undefined)
      .finally(() => this.loaded.set(true));
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate(['/thu-tuc'], { queryParams: { q: q.trim() || null } });
  }

  protected track(event: Event, code: string): void {
    event.preventDefault();
    if (code.trim()) void this.router.navigate(['/tra-cuu', code.trim()]);
  }
}
