import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { CitizenSession } from '../session/citizen-session';
import { date, dateTime } from '../ui/format';
import { ScoreQuestion } from '../ui/score-question';
import { SurveysApi, type Answered, type CampaignDetail } from './surveys-api';

/**
 * Một đợt khảo sát: the agency the citizen dealt with, each question on the five-level scale, a
 * free comment; once per citizen. Anyone may read the questions; answering needs signing in.
 */
@Component({
  selector: 'app-survey-page',
  imports: [RouterLink, ScoreQuestion],
  template: `
    <nav class="breadcrumb" aria-label="Đường dẫn"><a routerLink="/khao-sat">Khảo sát mức độ hài lòng</a> › Phiếu khảo sát</nav>
    @if (loadError()) {
      <div class="card panel-danger" role="alert"><h1>Không mở được phiếu khảo sát</h1><p>{{ loadError() }}</p></div>
    } @else if (campaign(); as c) {
      <div class="page-title">
        <h1>{{ c.title }}</h1>
        <p>{{ c.agencyName }} · từ {{ date(c.startsOn) }} đến hết {{ date(c.endsOn) }}</p>
        @if (c.description) { <p>{{ c.description }}</p> }
      </div>
      @if (done(); as d) {
        <div class="card panel-ok" role="status" id="survey-done" tabindex="-1">
          <h2>Cảm ơn bạn đã tham gia khảo sát</h2>
          <p>Bạn đã đánh giá {{ d.agencyName }} với điểm trung bình <strong>{{ d.average }}</strong> / 5.</p>
          <a routerLink="/khao-sat">Các đợt khảo sát khác</a>
        </div>
      } @else if (c.status !== 'open') {
        <div class="card panel-info" role="status">
          <h2>{{ c.status === 'closed' ? 'Đợt khảo sát đã kết thúc' : 'Đợt khảo sát chưa bắt đầu' }}</h2>
          <p>{{ c.status === 'closed' ? 'Cảm ơn bạn đã quan tâm. Đợt khảo sát không còn nhận phiếu trả lời.' : 'Bạn có thể trả lời từ ngày ' + date(c.startsOn) + '.' }}</p>
        </div>
      } @else if (session.known() && !session.signedIn()) {
        <div class="card panel-info">
          <h2>Đăng nhập để tham gia</h2>
          <p>Mỗi người trả lời một lần cho mỗi đợt khảo sát, nên bạn cần đăng nhập bằng tài khoản định danh điện tử. Câu trả lời được tổng hợp không kèm thông tin cá nhân.</p>
          <a class="btn btn-primary" routerLink="/dang-nhap" [queryParams]="{ returnTo: '/khao-sat/' + c.id }">Đăng nhập để tham gia</a>
        </div>
      } @else if (answered(); as a) {
        <div class="card panel-ok" role="status" id="survey-answered">
          <h2>Bạn đã tham gia đợt khảo sát này</h2>
          <p>Bạn đã gửi phiếu đánh giá {{ a.agencyName }} lúc {{ dateTime(a.answeredAt) }}. Mỗi người chỉ trả lời một lần cho mỗi đợt.</p>
        </div>
      } @else if (session.signedIn()) {
        @if (error()) { <div class="alert alert-error" role="alert" id="survey-error" tabindex="-1">{{ error() }}</div> }
        <form class="card" novalidate (submit)="$event.preventDefault(); send()">
          @if (c.agencies.length > 1) {
            <div class="field" [class.field-invalid]="agencyProblem()">
              <label for="survey-agency">Cơ quan bạn đã liên hệ<span class="required-mark" aria-hidden="true">*</span></label>
              @if (agencyProblem()) { <span class="field-error" id="survey-agency-error">{{ agencyProblem() }}</span> }
              <select id="survey-agency" class="input" [value]="agencyCode()" (change)="agencyCode.set($any($event.target).value)"
                [attr.aria-invalid]="agencyProblem() ? 'true' : null" [attr.aria-describedby]="agencyProblem() ? 'survey-agency-error' : null">
                <option value="">— Chọn cơ quan —</option>
                @for (a of c.agencies; track a.code) { <option [value]="a.code">{{ a.name }}</option> }
              </select>
            </div>
          } @else {
            <p>Cơ quan được khảo sát: <strong>{{ c.agencies[0]?.name }}</strong></p>
          }
          @for (q of c.questions; track q.code; let i = $index) {
            <app-score-question [id]="'s-' + q.code" [number]="i + 1" [text]="q.text" [scale]="c.scale" [value]="scores()[q.code]"
              [missing]="missing().has(q.code)" (chosen)="choose(q.code, $event)" />
          }
          <div class="field">
            <label for="survey-comment">Ý kiến khác (không bắt buộc)</label>
            <textarea id="survey-comment" class="input" rows="3" maxlength="2000" (input)="comment.set($any($event.target).value)"></textarea>
          </div>
          <button class="btn btn-primary" type="submit" [disabled]="sending()">{{ sending() ? 'Đang gửi…' : 'Gửi phiếu khảo sát' }}</button>
        </form>
      }
    } @else {
      <p class="muted" role="status">Đang tải phiếu khảo sát…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyPage {
  private readonly api = inject(SurveysApi);
  protected readonly session = inject(CitizenSession);
  /** The campaign's id, from the route. */
  readonly id = input.required<string>();

  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly campaign = signal<CampaignDetail | null>(null);
  protected readonly answered = signal<Answered | null>(null);
  protected readonly loadError = signal('');
  protected readonly agencyCode = signal('');
  protected readonly scores = signal<Record<string, number>>({});
  protected readonly comment = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly error = signal('');
  protected readonly serverAgencyProblem = signal('');
  protected readonly done = signal<{ average: number; agencyName: string } | null>(null);
  protected readonly missing = computed(() => new Set(this.tried() ? (this.campaign()?.questions ?? []).filter((q) => !this.scores()[q.code]).map((q) => q.code) : []));
  protected readonly agencyProblem = computed(() => (this.tried() && !this.agencyCode() ? 'Vui lòng chọn cơ quan bạn muốn đánh giá.' : this.serverAgencyProblem()));

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => void this.load(id));
    });
  }

  private async load(id: number): Promise<void> {
    try {
      const [campaign, citizen] = await Promise.all([this.api.campaign(id), this.session.restore()]);
      if (citizen) this.answered.set((await this.api.answered()).find((a) => a.campaignId === id) ?? null);
      if (campaign.agencies.length === 1) this.agencyCode.set(campaign.agencies[0].code);
      this.campaign.set(campaign);
    } catch (failure) {
      const error = asApiError(failure);
      this.loadError.set(error.status === 404 ? 'Không tìm thấy đợt khảo sát này. Có thể đường dẫn đã thay đổi.' : error.message);
    }
  }

  protected choose(code: string, score: number): void {
    this.scores.update((scores) => ({ ...scores, [code]: score }));
  }

  protected async send(): Promise<void> {
    const campaign = this.campaign();
    if (!campaign) return;
    this.tried.set(true);
    this.serverAgencyProblem.set('');
    const count = this.missing().size + (this.agencyCode() ? 0 : 1);
    if (count) {
      this.fail(`Vui lòng trả lời đủ phiếu khảo sát: còn ${count} mục chưa chọn.`);
      return;
    }
    this.sending.set(true);
    this.error.set('');
    try {
      const comment = this.comment().trim();
      this.done.set(await this.api.answer(campaign.id, { agencyCode: this.agencyCode(), scores: this.scores(), ...(comment ? { comment } : {}) }));
      setTimeout(() => document.getElementById('survey-done')?.focus(), 0);
    } catch (failure) {
      const error = asApiError(failure);
      this.serverAgencyProblem.set(error.details.find((d) => d.path === '/agencyCode')?.message ?? '');
      this.fail(error.message);
    } finally {
      this.sending.set(false);
    }
  }

  private fail(message: string): void {
    this.error.set(message);
    setTimeout(() => document.getElementById('survey-error')?.focus(), 0);
  }
}
