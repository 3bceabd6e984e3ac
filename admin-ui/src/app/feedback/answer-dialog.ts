import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { ModalDialog } from '../ui/modal-dialog';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { FeedbackApi, type FeedbackItem } from './feedback-api';
import { FEEDBACK_TEXTS } from './feedback.texts';

/**
 * What the citizen wrote, and either the answer form (open items) or the answer given, with the
 * choice to publish it or withdraw it from the portal (answered items).
 */
@Component({
  selector: 'app-feedback-answer-dialog',
  imports: [ReactiveFormsModule, ModalDialog, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal-dialog [heading]="answering() ? t.answerTitle : t.viewTitle" [open]="true" [wide]="true" (dismissed)="closed.emit()">
      @if (error()) {
        <div class="alert alert-error" role="alert">{{ error() }}</div>
      }
      @let i = item();
      <section class="asked" aria-labelledby="feedback-asked-title">
        <h3 id="feedback-asked-title">{{ t.asked }}</h3>
        <p class="asked-meta">
          <span class="badge badge-info">{{ i.kindLabel }}</span> {{ i.agencyName }} · {{ t.sentAt }} {{ formatDateTime(i.createdAt) }}
          @if (i.procedureCode) { · {{ t.procedure }} <span class="mono">{{ i.procedureCode }}</span> }
          @if (i.dossierCode) { · {{ t.dossier }} <span class="mono">{{ i.dossierCode }}</span> }
        </p>
        <p class="asked-title"><strong>{{ i.title }}</strong></p>
        <p class="asked-body">{{ i.body }}</p>
      </section>
      @if (answering()) {
        <form [formGroup]="form" (ngSubmit)="send()" novalidate>
          <div class="field">
            <label for="feedback-answer" class="required">{{ t.answerLabel }}</label>
            <p class="field-hint" id="feedback-answer-hint">{{ t.answerHint }}</p>
            <textarea id="feedback-answer" rows="8" formControlName="answer" aria-describedby="feedback-answer-hint feedback-answer-error"></textarea>
            <app-field-error id="feedback-answer-error" [control]="form.controls.answer" />
          </div>
          <label class="checkbox-inline"><input id="feedback-publish" type="checkbox" formControlName="publish"> {{ t.publish }}</label>
          <div class="form-actions">
            <button type="button" class="btn btn-secondary" (click)="closed.emit()">{{ t.cancel }}</button>
            <button type="submit" class="btn btn-primary" [disabled]="busy()">{{ busy() ? t.sending : t.send }}</button>
          </div>
        </form>
      } @else {
        <section aria-labelledby="feedback-answer-title">
          <h3 id="feedback-answer-title">{{ t.answerLabel }} · {{ formatDateTime(i.answeredAt) }}</h3>
          <p class="asked-body" data-test="answer">{{ i.answer }}</p>
          <p><span class="badge" [class.badge-ok]="i.published">{{ i.published ? t.published : t.notPublished }}</span></p>
        </section>
        <div class="form-actions">
          <button type="button" class="btn btn-secondary" (click)="closed.emit()">{{ t.close }}</button>
          <button type="button" class="btn btn-primary" [disabled]="busy()" (click)="togglePublished()">{{ i.published ? t.withdraw : t.makePublic }}</button>
        </div>
      }
    </app-modal-dialog>
  `,
  styles: `
    .asked { background: var(--surface-sunken); border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem 1rem; margin-bottom: 1rem; }
    h3 { font-size: 1rem; margin: 0 0 0.5rem; }
    .asked-meta { margin: 0 0 0.5rem; font-size: 0.875rem; color: var(--text-muted); }
    .asked-title { margin: 0 0 0.25rem; }
    .asked-body { margin: 0; white-space: pre-line; }
    textarea { width: 100%; }
  `,
})
export class FeedbackAnswerDialog implements OnInit {
  readonly item = input.required<FeedbackItem>();
  /** The item as the server now has it, and what to tell the officer. */
  readonly done = output<{ item: FeedbackItem; notice: string }>();
  readonly closed = output<void>();

  protected readonly t = FEEDBACK_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly answering = computed(() => this.item().status === 'open');
  private readonly api = inject(FeedbackApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    answer: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(20000)]],
    publish: [false],
  });

  ngOnInit(): void {
    // Questions are usually of general interest; feedback is usually about one person's case.
    this.form.controls.publish.setValue(this.item().kind === 'question');
  }

  protected send(): void {
    if (revealProblems(this.form, this.host.nativeElement)) return;
    const { answer, publish } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set('');
    this.api.answer(this.item().id, answer.trim(), publish).subscribe({
      next: (item) => this.done.emit({ item, notice: this.t.answeredNotice(item.title, item.published) }),
      error: (failure: unknown) => this.fail(failure),
    });
  }

  protected togglePublished(): void {
    this.busy.set(true);
    this.error.set('');
    this.api.setPublished(this.item().id, !this.item().published).subscribe({
      next: (item) => this.done.emit({ item, notice: this.t.publishedNotice(item.title, item.published) }),
      error: (failure: unknown) => this.fail(failure),
    });
  }

  private fail(failure: unknown): void {
    const error = asApiError(failure);
    this.busy.set(false);
    const unplaced = applyServerErrors(this.form, error);
    this.error.set(unplaced.length || !error.details.length ? [error.message, ...unplaced].join(' ') : '');
  }
}
