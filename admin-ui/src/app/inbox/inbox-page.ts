import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, combineLatest, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { asApiError } from '../api/api-error';
import { ServerClock } from '../api/server-clock';
import { Session } from '../session/session';
import { INBOX_TEXTS } from './inbox.texts';
import { filtersKey, hasFilters, queryFromUrl, urlFromQuery } from './inbox-query';
import { TasksApi, type InboxQuery, type InboxSummary, type InboxTask, type TaskPage } from './tasks-api';
import { URGENCY_LABELS, describeTimeLeft, formatDateTime, type Urgency } from './time-left';

type UrgencyFilter = Urgency | '';

/** Tình trạng hồ sơ, with the API's labels (api/dossiers/status.ts). */
const DOSSIER_STATUS_LABELS: Record<string, string> = {
  submitted: 'Đã nộp trực tuyến, chờ tiếp nhận', processing: 'Đang giải quyết', supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  refused: 'Từ chối tiếp nhận', result_ready: 'Đã có kết quả, chờ trả', returned: 'Đã trả kết quả', not_resolved: 'Không giải quyết',
  withdrawn: 'Đã rút hồ sơ', stopped: 'Dừng xử lý',
};

const EMPTY_PAGE: TaskPage = { items: [], total: 0, capped: false };

/**
 * Hồ sơ cần xử lý: the officer's open tasks, coloured by the time left before their due date.
 * The server filters, pages and counts (a department may hold tens of thousands of open tasks);
 * the filters and the page live in the URL.
 */
@Component({
  selector: 'app-inbox-page',
  imports: [FormsModule, RouterLink],
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPage {
  private readonly api = inject(TasksApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Bumped to ask the server again for the same view (Tải lại, after a claim). */
  private readonly refresh = signal(0);
  private readonly typed = new Subject<string>();

  protected readonly t = INBOX_TEXTS;
  protected readonly labels = URGENCY_LABELS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(queryFromUrl)), { requireSync: true });
  protected readonly page = signal<TaskPage>(EMPTY_PAGE);
  protected readonly summary = signal<InboxSummary | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  /** A refused claim (409: someone else got there first), kept while the list reloads. */
  protected readonly claimError = signal('');
  protected readonly notice = signal('');
  protected readonly now = inject(ServerClock).now;
  protected readonly filtered = computed(() => hasFilters(this.query()));

  protected readonly chips = computed(() => {
    const counts = this.summary()?.timeLeft ?? { overdue: 0, due_soon: 0, on_time: 0, no_deadline: 0 };
    const chosen = this.query().timeLeft;
    const buckets = (['overdue', 'due_soon', 'on_time', 'no_deadline'] as const)
      .filter((bucket) => bucket !== 'no_deadline' || counts.no_deadline > 0 || chosen === bucket);
    return [
      { value: '' as UrgencyFilter, label: this.t.filterAll, count: Object.values(counts).reduce((sum, n) => sum + n, 0) },
      ...buckets.map((bucket) => ({ value: bucket as UrgencyFilter, label: this.labels[bucket], count: counts[bucket] })),
    ];
  });
  protected readonly rows = computed(() => this.page().items.map((task) => ({
    task,
    urgency: task.timeLeft,
    timeLeft: describeTimeLeft(task.dueAt, this.now()),
  })));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.page().total / this.query().pageSize)));
  protected readonly caption = computed(() => {
    const { page, pageSize } = this.query();
    const { total, capped, items } = this.page();
    const from = (page - 1) * pageSize + 1;
    return this.t.caption(from, from + items.length - 1, total, capped);
  });

  constructor() {
    const query$ = toObservable(this.query);
    const refresh$ = toObservable(this.refresh);
    combineLatest([query$, refresh$]).pipe(
      switchMap(([query]) => {
        this.loading.set(true);
        return this.api.list(query).pipe(catchError((failure: unknown) => {
          this.error.set(asApiError(failure).message);
          return of(null);
        }));
      }),
      takeUntilDestroyed(),
    ).subscribe((page) => {
      this.loading.set(false);
      if (!page) return;
      this.error.set('');
      this.page.set(page);
    });
    // The chips and dropdowns do not change with the page: asked again only when a filter does.
    combineLatest([query$.pipe(distinctUntilChanged((a, b) => filtersKey(a) === filtersKey(b))), refresh$]).pipe(
      switchMap(([query]) => this.api.summary(query).pipe(catchError(() => of(null)))),
      takeUntilDestroyed(),
    ).subscribe((summary) => this.summary.set(summary));
    this.typed.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((q) => this.navigate({ q }));

    // Time left changes while the page is open: its text with the clock's every minute, the
    // colours and counts, which the server reckons in working hours, every five.
    const timer = setInterval(() => this.load(), 5 * 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /** A new filter starts again at page 1; the URL is replaced, so Back leaves the inbox rather than undoing a filter. */
  protected navigate(change: Partial<InboxQuery>): void {
    const next = { ...this.query(), page: 1, ...change };
    // Busy from the click on, not from when the router has settled: the table never looks done with the old answer.
    this.loading.set(true);
    void this.router.navigate([], { relativeTo: this.route, queryParams: urlFromQuery(next), replaceUrl: true });
  }

  protected search(q: string): void {
    this.typed.next(q);
  }

  protected clearFilters(): void {
    this.loading.set(true);
    void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
  }

  protected goTo(page: number): void {
    this.navigate({ page: Math.min(Math.max(1, page), this.pages()) });
  }

  protected load(): void {
    this.refresh.update((n) => n + 1);
  }

  protected claim(task: InboxTask): void {
    this.notice.set('');
    this.claimError.set('');
    this.api.claim(task.id).subscribe({
      next: () => {
        this.notice.set(this.t.claimed(task.dossierCode));
        this.load();
      },
      error: (failure: unknown) => {
        this.claimError.set(asApiError(failure).message);
        this.load();
      },
    });
  }

  protected isMine(task: InboxTask): boolean {
    return task.assignee === this.session.user()?.username;
  }

  protected statusLabel(status: string): string {
    return DOSSIER_STATUS_LABELS[status] ?? status;
  }
}
