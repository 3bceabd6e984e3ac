import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { ScoreQuestion, type ScaleLevel } from '../ui/score-question';
import { DossiersApi, type Criterion } from './dossiers-api';

/** Đánh giá mức độ hài lòng (C7): each criterion on a five-level scale, once per dossier. */
@Component({
  selector: 'app-rate-page',
  imports: [RouterLink, ScoreQuestion],
  template: `
    <nav class="breadcrumb" aria-label="Đường dẫn"><a routerLink="/ho-so-cua-toi">Hồ sơ của tôi</a> › <a [routerLink]="['/ho-so-cua-toi', code()]">{{ code() }}</a> › Đánh giá</nav>
    <div class="page-title">
      <h1>Đánh giá việc giải quyết hồ sơ</h1>
      <p>Ý kiến của bạn giúp cơ quan nhà nước phục vụ tốt hơn. Mỗi hồ sơ chỉ được đánh giá một lần.</p>
    </div>
    @if (done()) {
      <div class="card panel-ok" role="status" id="rating-done" tabindex="-1">
        <h2>Cảm ơn bạn đã đánh giá</h2>
        <p>Điểm trung bình bạn chấm: <strong>{{ done() }}</strong> / 5.</p>
        <a [routerLink]="['/ho-so-cua-toi', code()]">Quay lại hồ sơ</a>
      </div>
    } @else {
      @if (error()) {
        <div class="alert alert-error" role="alert" id="rating-error" tabindex="-1">{{ error() }}</div>
      }
      <form class="card" novalidate (submit)="$event.preventDefault(); send()">
        @for (criterion of criteria(); track criterion.code; let i = $index) {
          <app-score-question [id]="'r-' + criterion.code" [number]="i + 1" [text]="criterion.name" [scale]="scale()"
            [value]="scores()[criterion.code]" [missing]="missing().has(criterion.code)" (chosen)="choose(criterion.code, $event)" />
        }
        <div class="field">
          <label for="rating-comment">Góp ý thêm (không bắt buộc)</label>
          <textarea id="rating-comment" class="input" rows="3" maxlength="2000" (input)="comment.set($any($event.target).value)"></textarea>
        </div>
        <button class="btn btn-primary" type="submit" [disabled]="sending()">{{ sending() ? 'Đang gửi…' : 'Gửi đánh giá' }}</button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatePage {
  private readonly api = inject(DossiersApi);
  readonly code = input.required<string>();
  protected readonly criteria = signal<Criterion[]>([]);
  protected readonly scale = signal<ScaleLevel[]>([]);
  protected readonly scores = signal<Record<string, number>>({});
  protected readonly comment = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly error = signal('');
  protected readonly done = signal<number | null>(null);
  protected readonly missing = computed(() => new Set(this.tried() ? this.criteria().filter((c) => !this.scores()[c.code]).map((c) => c.code) : []));

  constructor() {
    this.api.criteria().then((config) => {
      this.criteria.set(config.criteria);
      this.scale.set(config.scale);
    }, (failure: unknown) => this.error.set(asApiError(failure).message));
  }

  protected choose(code: string, score: number): void {
    this.scores.update((scores) => ({ ...scores, [code]: score }));
  }

  protected async send(): Promise<void> {
    this.tried.set(true);
    if (this.missing().size) {
      this.error.set(`Vui lòng chọn mức đánh giá cho ${this.missing().size} tiêu chí còn thiếu.`);
      setTimeout(() => document.getElementById('rating-error')?.focus(), 0);
      return;
    }
    this.sending.set(true);
    this.error.set('');
    try {
      const rating = await this.api.rate(this.code(), this.scores(), this.comment().trim());
      this.done.set(rating.average);
      setTimeout(() => document.getElementById('rating-done')?.focus(), 0);
    } catch (failure) {
      this.error.set(asApiError(failure).message);
      setTimeout(() => document.getElementById('rating-error')?.focus(), 0);
    } finally {
      this.sending.set(false);
    }
  }
}
