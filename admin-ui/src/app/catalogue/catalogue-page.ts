import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { catchError, debounceTime, of, switchMap, tap } from 'rxjs';
import { asApiError } from '../api/api-error';
import { CatalogueApi, type StaffQuery, type VersionSummary } from './catalogue-api';
import { CATALOGUE_TEXTS } from './catalogue.texts';
import { STATUS_BADGES, STATUS_LABELS, displayDate, displayDateTime, serviceLevelLabel } from './catalogue-vocabulary';

const PAGE_SIZE = 20;

/** Danh mục thủ tục: the staff list, paged and searched on the server. */
@Component({
  selector: 'app-catalogue-page',
  imports: [FormsModule, RouterLink],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly api = inject(CatalogueApi);

  protected readonly t = CATALOGUE_TEXTS;
  protected readonly statuses = Object.entries(STATUS_LABELS);
  protected readonly badges = STATUS_BADGES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly serviceLevelLabel = serviceLevelLabel;
  protected readonly displayDate = displayDate;
  protected readonly displayDateTime = displayDateTime;
  protected readonly query = signal<StaffQuery>({ q: '', status: '', page: 1, pageSize: PAGE_SIZE });
  protected readonly rows = signal<VersionSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal('');

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.query().pageSize)));
  protected readonly range = computed(() => {
    const { page, pageSize } = this.query();
    const from = this.total() ? (page - 1) * pageSize + 1 : 0;
    return this.t.range(from, Math.min(page * pageSize, this.total()), this.total());
  });

  constructor() {
    toObservable(this.query).pipe(
      debounceTime(250),
      tap(() => this.loading.set(true)),
      switchMap((query) => this.api.list(query).pipe(catchError((failure: unknown) => {
        this.error.set(asApiError(failure).message);
        return of(null);
      }))),
      takeUntilDestroyed(),
    ).subscribe((page) => {
      this.loading.set(false);
      if (!page) return;
      this.error.set('');
      this.rows.set(page.items);
      this.total.set(page.total);
    });
  }

  protected search(q: string): void {
    this.query.update((query) => ({ ...query, q, page: 1 }));
  }

  protected filterStatus(status: StaffQuery['status']): void {
    this.query.update((query) => ({ ...query, status, page: 1 }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page: Math.min(Math.max(1, page), this.pages()) }));
  }
}
