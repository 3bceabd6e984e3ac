import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { date } from '../ui/format';
import { QuestionsApi, type FeedbackItem } from './questions-api';

/** Hỏi đáp: the answers agencies chose to publish, searchable with or without diacritics. */
@Component({
  selector: 'app-questions-page',
  imports: [RouterLink],
  template: `
    <div class="page-title">
      <h1>Hỏi đáp</h1>
      <p>Câu trả lời của cơ quan nhà nước cho câu hỏi, phản ánh, kiến nghị của người dân và doanh nghiệp.</p>
    </div>
    <div class="two-columns">
      <div>
        <form class="card" role="search" (submit)="search($event, box.value)">
          <label for="qa-q" class="field-label">Tìm câu hỏi</label>
          <div class="inline-row">
            <input #box id="qa-q" class="input" type="search" [value]="q() ?? ''" placeholder="Ví dụ: giay phep xay dung" autocomplete="off">
            <button class="btn btn-primary" type="submit">Tìm</button>
          </div>
        </form>
        <section aria-labelledby="qa-results" aria-live="polite">
          <h2 id="qa-results" class="results-title">{{ items() === null ? 'Đang tải…' : total() + ' câu trả lời' }}</h2>
          @if (error()) { <p class="alert alert-error" role="alert">{{ error() }}</p> }
          @for (item of items() ?? []; track item.id) {
            <details class="card qa-item">
              <summary>
                <span class="qa-title">{{ item.title }}</span>
                <span class="muted small">{{ item.kindLabel }} · {{ item.agencyName }} · Trả lời ngày {{ date(item.answeredAt) }}</span>
              </summary>
              <div class="qa-body">
                <h3 class="h3">Nội dung</h3>
                <p class="prose">{{ item.body }}</p>
                <h3 class="h3">Trả lời của {{ item.agencyName }}</h3>
                <p class="prose">{{ item.answer }}</p>
              </div>
            </details>
          } @empty {
            @if (items() !== null) { <div class="card empty-state"><p>Chưa có câu trả lời phù hợp. Bạn có thể gửi câu hỏi cho cơ quan.</p></div> }
          }
        </section>
      </div>
      <aside class="stack" aria-label="Gửi câu hỏi">
        <div class="card">
          <h2 class="h3">Chưa tìm thấy câu trả lời?</h2>
          <p>Gửi câu hỏi hoặc phản ánh, kiến nghị đến cơ quan. Câu hỏi được trả lời trong 15 ngày làm việc; phản ánh, kiến nghị trong 3 ngày làm việc.</p>
          <a class="btn btn-primary btn-block" routerLink="/hoi-dap/gui">Gửi câu hỏi, phản ánh</a>
          <p class="small"><a routerLink="/hoi-dap/cua-toi">Xem câu hỏi, phản ánh tôi đã gửi</a></p>
        </div>
      </aside>
    </div>
  `,
  styles: `
    .qa-item summary { cursor: pointer; display: grid; gap: 0.2rem; list-style-position: outside; }
    .qa-title { font-weight: 700; color: var(--blue-dark); font-size: 1.0625rem; }
    .qa-body { margin-top: 0.75rem; border-top: 1px solid var(--border); padding-top: 0.75rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionsPage {
  private readonly api = inject(QuestionsApi);
  private readonly router = inject(Router);
  readonly q = input<string>();
  protected readonly items = signal<FeedbackItem[] | null>(null);
  protected readonly total = signal(0);
  protected readonly error = signal('');
  protected readonly date = date;

  constructor() {
    effect(() => {
      const q = this.q() ?? '';
      this.items.set(null);
      this.api.published(q).then(
        (page) => { this.items.set(page.items); this.total.set(page.total); },
        (failure: unknown) => { this.items.set([]); this.error.set(asApiError(failure).message); },
      );
    });
  }

  protected search(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate(['/hoi-dap'], { queryParams: { q: q.trim() || null } });
  }
}
