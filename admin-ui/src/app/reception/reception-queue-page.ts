import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { ServerClock } from '../api/server-clock';
import { noticeUrl } from '../dossier/dossier-api';
import { describeTimeLeft, formatDateTime, urgencyOf } from '../inbox/time-left';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors } from '../ui/server-errors';
import { ReceptionApi, type QueuedSubmission } from './reception-api';
import { RECEPTION_TEXTS } from './reception.texts';

/**
 * Hàng chờ tiếp nhận trực tuyến (D2): online submissions of the desk's agency, the most urgent
 * first, with the working time left to receive or refuse them; a refusal needs a written reason.
 */
@Component({
  selector: 'app-reception-queue-page',
  imports: [ReactiveFormsModule, RouterLink, ModalDialog, FieldError, AriaInvalid],
  templateUrl: './reception-queue-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceptionQueuePage {
  private readonly api = inject(ReceptionApi);
  protected readonly t = RECEPTION_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly items = signal<QueuedSubmission[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly notice = signal<{ text: string; refusedCode?: string } | null>(null);
  protected readonly refusing = signal<QueuedSubmission | null>(null);
  protected readonly busy = signal(false);
  protected readonly now = inject(ServerClock).now;
  protected readonly rows = computed(() => this.items().map((item) => ({
    item, urgency: urgencyOf(item.decideBy, this.now()), timeLeft: describeTimeLeft(item.decideBy, this.now()),
  })));
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(4000)]],
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.queue().subscribe({
      next: (items) => {
        this.items.set(items);
        this.error.set('');
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.error.set(asApiError(failure).message);
        this.loading.set(false);
      },
    });
  }

  protected receive(item: QueuedSubmission): void {
    this.notice.set(null);
    this.api.receiveOnline(item.code).subscribe({
      next: () => {
        this.notice.set({ text: this.t.received(item.code) });
        this.load();
      },
      error: (failure: unknown) => {
        this.error.set(asApiError(failure).message);
        this.load();
      },
    });
  }

  protected openRefusal(item: QueuedSubmission): void {
    this.form.reset();
    this.refusing.set(item);
  }

  protected refuse(): void {
    const item = this.refusing();
    const reason = this.form.controls.reason;
    reason.markAsTouched();
    if (!item || reason.invalid || this.busy()) return;
    this.busy.set(true);
    this.api.refuseOnline(item.code, reason.value.trim()).subscribe({
      next: () => {
        this.busy.set(false);
        this.refusing.set(null);
        this.notice.set({ text: this.t.refused(item.code), refusedCode: item.code });
        this.load();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const error = asApiError(failure);
        // The reason stays as typed; the server's word about it shows under the field.
        const loose = applyServerErrors(this.form, error);
        if (!error.details.length || loose.length) reason.setErrors({ server: [error.message, ...loose].join(' ') });
      },
    });
  }

  protected refusalUrl(code: string): string {
    return noticeUrl(code, 'refusal');
  }
}
