import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { CitizenSession } from '../session/citizen-session';
import { date } from '../ui/format';
import { SurveysApi, type Campaign } from './surveys-api';

/** Khảo sát mức độ hài lòng: the campaigns open now, and which of them the citizen has answered. */
@Component({
  selector: 'app-survey-list-page',
  imports: [RouterLink],
  template: `
    <div class="page-title">
      <h1>Khảo sát mức độ hài lòng</h1>
      <p>Cho biết bạn hài lòng thế nào khi làm thủ tục với cơ quan nhà nước. Mỗi người trả lời một lần cho mỗi đợt khảo sát;
        kết quả được tổng hợp theo từng cơ quan, không kèm thông tin cá nhân của bạn.</p>
    </div>
    @if (error()) { <p class="alert alert-error" role="alert">{{ error() }}</p> }
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title" class="results-title">{{ campaigns() === null ? 'Đang tải…' : 'Đợt khảo sát đang mở: ' + campaigns()!.length }}</h2>
      @for (c of campaigns() ?? []; track c.id) {
        <a class="card card-link survey" [routerLink]="['/khao-sat', c.id]">
          <h3>{{ c.title }}</h3>
          <p class="muted small">{{ c.agencyName }} · từ {{ date(c.startsOn) }} đến hết {{ date(c.endsOn) }} · {{ c.questions.length }} câu hỏi</p>
          @if (c.description) { <p>{{ c.description }}</p> }
          @if (answered().has(c.id)) { <p class="badge-done">Bạn đã tham gia</p> }
        </a>
      } @empty {
        @if (campaigns() !== null) { <div class="card empty-state"><p>Hiện chưa có đợt khảo sát nào đang mở.</p></div> }
      }
    </section>
  `,
  styles: `
    .survey h3 { margin: 0 0 0.25rem; }
    .survey p { margin: 0.25rem 0 0; }
    .badge-done { display: inline-block; font-weight: 700; color: var(--ok); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyListPage {
  private readonly api = inject(SurveysApi);
  protected readonly campaigns = signal<Campaign[] | null>(null);
  protected readonly answered = signal<ReadonlySet<number>>(new Set());
  protected readonly error = signal('');
  protected readonly date = date;

  constructor() {
    this.api.open().then((campaigns) => this.campaigns.set(campaigns), (failure: unknown) => {
      this.campaigns.set([]);
      this.error.set(asApiError(failure).message);
    });
    void inject(CitizenSession).restore().then(async (citizen) => {
      if (citizen) this.answered.set(new Set((await this.api.answered()).map((a) => a.campaignId)));
    }).catch(() => undefined);
  }
}
