import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { Session } from '../session/session';
import { FeedbackAnswerDialog } from './answer-dialog';
import { AnswerDeadlinesCard } from './answer-deadlines';
import { FeedbackApi, type FeedbackItem, type FeedbackKind, type FeedbackStatus } from './feedback-api';
import { FEEDBACK_TEXTS } from './feedback.texts';

type Urgency = 'overdue' | 'due_soon' | 'on_time';

/** At most this many working days left, an answer is "sắp đến hạn". */
const DUE_SOON_WORKING_DAYS = 1;

function urgencyOf(item: FeedbackItem): Urgency {
  const left = item.workingDaysLeft ?? Number.POSITIVE_INFINITY;
  if (item.overdue || left < 0) return 'overdue';
  return left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_time';
}

/** Roles that set the answer deadlines (the server's `feedback:configure`). */
const DEADLINE_SETTERS = ['control_office', 'system_admin'] as const;

/**
 * Phản ánh, kiến nghị và hỏi đáp (C8): what citizens sent to the officer's agencies, the nearest
 * deadline first, with the working days left; answer, and publish the answer on the portal.
 */
@Component({
  selector: 'app-feedback-page',
  imports: [FormsModule, FeedbackAnswerDialog, AnswerDeadlinesCard],
  templateUrl: './feedback-page.html',
  styleUrl: './feedback-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackPage {
  private readonly api = inject(FeedbackApi);

  protected readonly t = FEEDBACK_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly status = signal<FeedbackStatus>('open');
  protected readonly kind = signal<FeedbackKind | ''>('');
  protected readonly items = signal<FeedbackItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly notice = signal('');
  protected readonly selected = signal<FeedbackItem | null>(null);
  protected readonly configures = inject(Session).hasAnyRole(DEADLINE_SETTERS);
  protected readonly statuses: FeedbackStatus[] = ['open', 'answered'];
  protected readonly urgencyLabels: Record<Urgency, string> = { overdue: this.t.overdue, due_soon: this.t.dueSoon, on_time: this.t.onTime };
  protected readonly rows = computed(() => this.items().map((item) => ({ item, urgency: urgencyOf(item) })));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set('');
    this.api.list({ status: this.status(), kind: this.kind() }).subscribe({
      next: (items) => {
        this.items.set(items);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.items.set([]);
        this.loading.set(false);
        this.error.set(asApiError(failure).message);
      },
    });
  }

  protected show(status: FeedbackStatus): void {
    this.status.set(status);
    this.load();
  }

  protected filterKind(kind: FeedbackKind | ''): void {
    this.kind.set(kind);
    this.load();
  }

  protected open(item: FeedbackItem): void {
    this.notice.set('');
    this.selected.set(item);
  }

  protected finished(result: { notice: string }): void {
    this.selected.set(null);
    this.notice.set(result.notice);
    this.load();
  }
}
