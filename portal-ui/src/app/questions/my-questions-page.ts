import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { dateTime } from '../ui/format';
import { QuestionsApi, type FeedbackItem } from './questions-api';

/** Câu hỏi, phản ánh của tôi: what was sent, by when the answer is due, and the answer. */
@Component({
  selector: 'app-my-questions-page',
  imports: [RouterLink],
  template: `
    <div class="page-title"><h1>Câu hỏi, phản ánh của tôi</h1></div>
    <p><a class="btn btn-primary" routerLink="/hoi-dap/gui">Gửi câu hỏi, phản ánh mới</a></p>
    @if (error()) { <p class="alert alert-error" role="alert">{{ error() }}</p> }
    @for (item of items() ?? []; track item.id) {
      <article class="card">
        <p class="muted small">{{ item.kindLabel }} gửi {{ item.agencyName }} lúc {{ dateTime(item.createdAt) }}</p>
        <h2 class="h3">{{ item.title }}</h2>
        <p class="prose">{{ item.body }}</p>
        @if (item.answer) {
          <div class="alert alert-ok"><strong>Trả lời ({{ dateTime(item.answeredAt) }}):</strong><p class="prose">{{ item.answer }}</p></div>
        } @else {
          <p><span class="status status-open">Đang chờ trả lời</span> <span class="muted small">Hạn trả lời: {{ dateTime(item.dueAt) }}</span></p>
        }
      </article>
    } @empty {
      @if (items() !== null) { <div class="card empty-state"><p>Bạn chưa gửi câu hỏi, phản ánh nào.</p></div> }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyQuestionsPage {
  protected readonly items = signal<FeedbackItem[] | null>(null);
  protected readonly error = signal('');
  protected readonly dateTime = dateTime;

  constructor() {
    inject(QuestionsApi).mine().then((items) => this.items.set(items), (failure: unknown) => {
      this.items.set([]);
      this.error.set(asApiError(failure).message);
    });
  }
}
