import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { FeedbackApi } from './feedback-api';
import { FEEDBACK_TEXTS } from './feedback.texts';

/**
 * Thời hạn trả lời (C8): the working days an agency has to answer, per kind. The province sets
 * them (15 for questions after Long An, 3 for feedback after Sóc Trăng, to start with).
 */
@Component({
  selector: 'app-answer-deadlines',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{{ t.deadlinesTitle }}</h2>
      <p class="muted">{{ t.deadlinesIntro }}</p>
      <div role="status">
        @if (saved()) { <div class="alert alert-success">{{ t.deadlinesSaved }}</div> }
      </div>
      @if (error()) { <div class="alert alert-error" role="alert">{{ error() }}</div> }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="deadlines">
        <div class="field">
          <label for="deadline-question" class="required">{{ t.questionDays }}</label>
          <input id="deadline-question" type="number" min="0.5" max="60" step="0.5" formControlName="question" aria-describedby="deadline-question-error">
          <app-field-error id="deadline-question-error" [control]="form.controls.question" />
        </div>
        <div class="field">
          <label for="deadline-feedback" class="required">{{ t.feedbackDays }}</label>
          <input id="deadline-feedback" type="number" min="0.5" max="60" step="0.5" formControlName="feedback" aria-describedby="deadline-feedback-error">
          <app-field-error id="deadline-feedback-error" [control]="form.controls.feedback" />
        </div>
        <button type="submit" class="btn btn-secondary" [disabled]="busy()">{{ t.saveDeadlines }}</button>
      </form>
    </section>
  `,
  styles: `
    h2 { font-size: 1.125rem; margin: 0 0 0.25rem; }
    .deadlines { display: flex; gap: 1rem; align-items: flex-start; flex-wrap: wrap; }
    .deadlines button { margin-top: 1.75rem; }
  `,
})
export class AnswerDeadlinesCard {
  protected readonly t = FEEDBACK_TEXTS;
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal('');
  private readonly api = inject(FeedbackApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly days = [Validators.required, Validators.min(0.5), Validators.max(60)];
  protected readonly form = inject(NonNullableFormBuilder).group({ question: [15, this.days], feedback: [3, this.days] });

  constructor() {
    this.api.deadlines().subscribe({
      next: (deadlines) => this.form.setValue(deadlines),
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }

  protected save(): void {
    this.saved.set(false);
    if (revealProblems(this.form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    this.api.setDeadlines(this.form.getRawValue()).subscribe({
      next: (deadlines) => {
        this.form.setValue(deadlines);
        this.busy.set(false);
        this.saved.set(true);
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set([error.message, ...applyServerErrors(this.form, error)].join(' '));
      },
    });
  }
}
