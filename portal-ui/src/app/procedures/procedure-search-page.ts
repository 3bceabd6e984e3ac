import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { duration, serviceLevel } from '../ui/format';
import { ProceduresApi, type AgencyNode, type CodeName, type ProcedureHit } from './procedures-api';

const PAGE_SIZE = 20;

/** Tra cứu thủ tục hành chính: by words (with or without diacritics), sector, agency and service level. */
@Component({
  selector: 'app-procedure-search-page',
  imports: [RouterLink],
  templateUrl: './procedure-search-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcedureSearchPage {
  private readonly api = inject(ProceduresApi);
  private readonly router = inject(Router);

  readonly q = input<string>();
  readonly sectorCode = input<string>();
  readonly agencyCode = input<string>();
  readonly serviceLevel = input<string>();
  readonly page = input<string>();

  protected readonly sectors = signal<CodeName[]>([]);
  protected readonly agencies = signal<AgencyNode[]>([]);
  protected readonly results = signal<ProcedureHit[] | null>(null);
  protected readonly total = signal(0);
  protected readonly error = signal('');
  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page() ?? 1) || 1));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly level = serviceLevel;
  protected readonly duration = duration;
  protected readonly levels = [
    { value: '', label: 'Tất cả' },
    { value: 'full_online', label: 'Trực tuyến toàn trình' },
    { value: 'partial_online', label: 'Trực tuyến một phần' },
    { value: 'offline', label: 'Nộp trực tiếp' },
  ];

  constructor() {
    this.api.sectors().then((list) => this.sectors.set(list), () => undefined);
    this.api.agencyList().then((list) => this.agencies.set(list), () => undefined);
    effect(() => {
      const query = { q: this.q(), sectorCode: this.sectorCode(), agencyCode: this.agencyCode(), serviceLevel: this.serviceLevel(), page: this.pageNumber(), pageSize: PAGE_SIZE };
      this.results.set(null);
      this.error.set('');
      this.api.search(query).then(
        (page) => { this.results.set(page.items); this.total.set(page.total); },
        (error: unknown) => { this.error.set(asApiError(error).message); this.results.set([]); },
      );
    });
  }

  protected agencyName(code: string): string {
    return this.agencies().find((agency) => agency.code === code)?.name ?? code;
  }

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const value = (key: string) => String(data.get(key) ?? '').trim() || null;
    void this.router.navigate(['/thu-tuc'], {
      queryParams: { q: value('q'), sectorCode: value('sectorCode'), agencyCode: value('agencyCode'), serviceLevel: value('serviceLevel') },
    });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
