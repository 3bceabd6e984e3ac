import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { type Observable, firstValueFrom } from 'rxjs';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors } from '../ui/server-errors';
import { DossierApi, noticeUrl, type Dossier, type NoticeKind, type StatusChange } from './dossier-api';
import { DOSSIER_TEXTS } from './dossier.texts';

type Method = 'counter' | 'postal' | 'online';

/** "2026-03-09T16:30" (the datetime-local field) → an instant with Vietnam's offset, as the API takes it. */
const vietnamInstant = (local: string) => `${local}:00+07:00`;

/**
 * Thao tác của Bộ phận Một cửa on one dossier (D9–D11): return the result and close, take in the
 * applicant's supplement, extend the date with an apology; and the notices to print for each.
 */
@Component({
  selector: 'app-desk-actions',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  templateUrl: './desk-actions.html',
  styles: `
    .notice-links { margin: 0 0 0.75rem; padding-left: 1.125rem; }
    .desk-form { border-top: 1px solid var(--border); padding-top: 0.75rem; margin-top: 0.75rem; }
    .desk-form h3 { font-size: 0.9375rem; margin: 0 0 0.5rem; }
    summary { cursor: pointer; font-weight: 600; margin-bottom: 0.5rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeskActions {
  readonly dossier = input.required<Dossier>();
  /** The date was extended at least once: the apology notice exists. */
  readonly extended = input(false);
  readonly changed = output<string>();

  private readonly api = inject(DossierApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly t = DOSSIER_TEXTS;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly returnForm = this.fb.group({
    method: this.fb.control<Method>('counter'), note: ['', Validators.maxLength(4000)], address: ['', Validators.maxLength(500)],
  });
  protected readonly supplementForm = this.fb.group({ note: ['', Validators.maxLength(4000)] });
  protected readonly extendForm = this.fb.group({
    newDueAt: ['', Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(4000)]],
  });

  protected readonly status = computed(() => this.dossier().status);
  protected readonly closed = computed(() => this.dossier().completedAt !== null);
  protected readonly notices = computed(() => {
    const d = this.dossier();
    const list: { kind: NoticeKind; label: string }[] = [];
    if (d.receivedAt) list.push({ kind: 'receipt', label: this.t.printReceipt }, { kind: 'control-sheet', label: this.t.printControl });
    if (d.status === 'supplement_requested') list.push({ kind: 'supplement-request', label: this.t.printSupplement });
    if (this.extended()) list.push({ kind: 'apology', label: this.t.printApology });
    return list;
  });

  protected noticeUrl(kind: NoticeKind): string {
    return noticeUrl(this.dossier().code, kind);
  }

  protected returnResult(): void {
    const v = this.returnForm.getRawValue();
    const address = v.method === 'postal' ? v.address.trim() || undefined : undefined;
    void this.run(this.returnForm, this.api.returnResult(this.dossier().code, v.method, v.note.trim() || undefined, address),
      (r) => (r.trackingNumber ? this.t.returnedByPost(r.trackingNumber) : this.t.returned));
  }

  protected receiveSupplement(): void {
    const note = this.supplementForm.getRawValue().note.trim();
    void this.run(this.supplementForm, this.api.receiveSupplement(this.dossier().code, note || undefined), () => this.t.supplemented);
  }

  protected extend(): void {
    this.extendForm.markAllAsTouched();
    if (this.extendForm.invalid) return;
    const v = this.extendForm.getRawValue();
    void this.run(this.extendForm, this.api.extend(this.dossier().code, vietnamInstant(v.newDueAt), v.reason.trim()),
      (r) => this.t.extended(formatDateTime(r.dueAt)));
  }

  /** Field problems go under their fields (newDueAt, reason, note); anything else above the forms. What was typed stays. */
  private async run(form: Parameters<typeof applyServerErrors>[0], call: Observable<StatusChange>, done: (r: StatusChange) => string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      const result = await firstValueFrom(call);
      form.reset();
      this.changed.emit(done(result));
    } catch (failure) {
      const error = asApiError(failure);
      const loose = applyServerErrors(form, error);
      this.error.set([error.message, ...loose].join(' '));
      if (error.status === 409) this.changed.emit('');
    } finally {
      this.busy.set(false);
    }
  }
}
