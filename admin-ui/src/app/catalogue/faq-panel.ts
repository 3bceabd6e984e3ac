import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { applyServerErrors, revealProblems } from '../ui/server-errors';
import { HelpApi, type FaqArticle } from './help-api';

/** Bộ câu hỏi thường gặp của thủ tục (A6): read by citizens on the portal, written by the control office. */
@Component({
  selector: 'app-faq-panel',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './faq-panel.html',
  styles: `
    .faq-list { margin: 0 0 1rem; padding: 0; list-style: none; }
    .faq-list li { padding: 0.625rem 0; border-bottom: 1px solid var(--border); }
    .faq-question { font-weight: 700; margin: 0 0 0.25rem; }
    .faq-answer { margin: 0 0 0.375rem; white-space: pre-line; }
    .faq-form { border-top: 1px solid var(--border); padding-top: 1rem; }
    .faq-form h3 { margin-top: 0; }
    .danger-link { color: var(--danger); }
  `,
})
export class FaqPanel {
  readonly code = input.required<string>();
  readonly editable = input(false);

  private readonly api = inject(HelpApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly faqs = signal<FaqArticle[]>([]);
  protected readonly editing = signal<FaqArticle | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly notice = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(1000)]],
    body: ['', [Validators.required, Validators.maxLength(50000)]],
  });

  constructor() {
    effect(() => this.load(this.code()));
  }

  protected edit(article: FaqArticle): void {
    this.editing.set(article);
    this.form.setValue({ title: article.title, body: article.body });
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('#faq-title')?.focus());
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected save(): void {
    if (this.busy() || revealProblems(this.form, this.host.nativeElement)) return;
    this.busy.set(true);
    this.error.set('');
    const article = { title: this.form.getRawValue().title.trim(), body: this.form.getRawValue().body.trim() };
    const editing = this.editing();
    const request = editing
      ? this.api.updateFaq(editing.id, article)
      : this.api.createFaq(this.code(), { ...article, position: this.faqs().length + 1 });
    request.subscribe({
      next: () => {
        this.cancel();
        this.done(editing ? 'Đã sửa câu hỏi.' : 'Đã thêm câu hỏi.');
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set([error.message, ...applyServerErrors(this.form, error)].join(' '));
      },
    });
  }

  protected remove(article: FaqArticle): void {
    if (!confirm(`Xóa câu hỏi “${article.title}”?`)) return;
    this.api.deleteFaq(article.id).subscribe({
      next: () => this.done('Đã xóa câu hỏi.'),
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }

  private done(message: string): void {
    this.busy.set(false);
    this.notice.set(message);
    this.load(this.code());
  }

  private load(code: string): void {
    this.api.faqs(code).subscribe({ next: (faqs) => this.faqs.set(faqs), error: () => this.faqs.set([]) });
  }
}
