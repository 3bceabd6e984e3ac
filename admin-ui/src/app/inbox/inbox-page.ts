import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { Session } from '../session/session';
import { INBOX_TEXTS } from './inbox.texts';
import { TasksApi, type InboxTask } from './tasks-api';
import { URGENCY_LABELS, describeTimeLeft, formatDateTime, urgencyOf, type Urgency } from './time-left';

type UrgencyFilter = Urgency | 'all';

/** Tình trạng hồ sơ, with the API's labels (api/dossiers/status.ts). */
const DOSSIER_STATUS_LABELS: Record<string, string> = {
  submitted: 'Đã nộp trực tuyến, chờ tiếp nhận', processing: 'Đang giải quyết', supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  refused: 'Từ chối tiếp nhận', result_ready: 'Đã có kết quả, chờ trả', returned: 'Đã trả kết quả', not_resolved: 'Không giải quyết',
  withdrawn: 'Đã rút hồ sơ', stopped: 'Dừng xử lý',
};

/** Hồ sơ cần xử lý: the officer's open tasks, coloured by the time left before their due date. */
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

  protected readonly t = INBOX_TEXTS;
  protected readonly labels = URGENCY_LABELS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly tasks = signal<InboxTask[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly unavailable = signal(false);
  protected readonly notice = signal('');
  protected readonly now = signal(Date.now());
  protected readonly urgencyFilter = signal<UrgencyFilter>('all');
  protected readonly procedureFilter = signal('');
  protected readonly query = signal('');
  protected readonly statusFilter = signal('');
  /** A day (yyyy-mm-dd): tasks due by its end, Vietnam time. */
  protected readonly dueBefore = signal('');
  protected readonly statuses = computed(() => [...new Set(this.tasks().flatMap((t) => (t.dossierStatus ? [t.dossierStatus] : [])))].sort());

  protected readonly filters: UrgencyFilter[] = ['all', 'overdue', 'due_soon', 'on_time'];
  protected readonly rows = computed(() => this.tasks().map((task) => ({
    task,
    urgency: urgencyOf(task.dueAt, this.now()),
    timeLeft: describeTimeLeft(task.dueAt, this.now()),
  })));
  protected readonly counts = computed(() => {
    const counts: Record<UrgencyFilter, number> = { all: 0, overdue: 0, due_soon: 0, on_time: 0, no_deadline: 0 };
    for (const row of this.rows()) {
      counts.all += 1;
      counts[row.urgency] += 1;
    }
    return counts;
  });
  protected readonly procedures = computed(() => [...new Set(this.tasks().map((t) => t.procedureName))].sort((a, b) => a.localeCompare(b, 'vi')));
  protected readonly visible = computed(() => {
    const urgency = this.urgencyFilter();
    const procedure = this.procedureFilter();
    const query = this.query().trim().toLowerCase();
    const status = this.statusFilter();
    const dueBy = this.dueBefore() ? Date.parse(`${this.dueBefore()}T23:59:59+07:00`) : null;
    return this.rows().filter((row) => (urgency === 'all' || row.urgency === urgency)
      && (!procedure || row.task.procedureName === procedure)
      && (!status || row.task.dossierStatus === status)
      && (dueBy === null || (row.task.dueAt !== null && Date.parse(row.task.dueAt) <= dueBy))
      && (!query || row.task.dossierCode.toLowerCase().includes(query)));
  });

  constructor() {
    this.load();
    // Time left changes while the page is open; a minute is the finest unit it shows.
    const timer = setInterval(() => this.now.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set('');
    this.api.list().subscribe({
      next: (page) => {
        this.tasks.set(page.items);
        this.total.set(page.total);
        this.unavailable.set(false);
        this.loading.set(false);
        this.now.set(Date.now());
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.loading.set(false);
        this.tasks.set([]);
        // Until the task routes are deployed the list answers 404: an empty inbox, not a failure.
        if (error.status === 404) this.unavailable.set(true);
        else this.error.set(error.message);
      },
    });
  }

  protected claim(task: InboxTask): void {
    this.notice.set('');
    this.api.claim(task.id).subscribe({
      next: () => {
        this.notice.set(this.t.claimed(task.dossierCode));
        this.load();
      },
      error: (failure: unknown) => {
        this.error.set(asApiError(failure).message);
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

  protected filterLabel(filter: UrgencyFilter): string {
    return filter === 'all' ? this.t.filterAll : this.labels[filter];
  }
}
