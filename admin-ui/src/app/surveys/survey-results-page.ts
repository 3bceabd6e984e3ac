import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { SurveysApi, type CampaignResults } from './surveys-api';
import { SURVEY_TEXTS, formatDay, formatNumber, formatPercent } from './surveys.texts';

/** Kết quả khảo sát: totals, per agency, per question with the spread of scores, and the comments. */
@Component({
  selector: 'app-survey-results-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-results-page.html',
  styles: `
    .totals { display: flex; gap: 1rem; flex-wrap: wrap; margin: 0; }
    .totals div { background: var(--surface-sunken); border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem 1rem; min-width: 10rem; }
    .totals dt { font-size: 0.875rem; color: var(--text-muted); }
    .totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
    h2 { font-size: 1.125rem; margin: 0 0 0.75rem; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    th[scope=row] { font-weight: 400; text-align: left; }
    .question-results th[scope=row] { min-width: 18rem; }
    .comments { list-style: none; padding: 0; margin: 0; }
    .comments li { border-top: 1px solid var(--border); padding: 0.5rem 0; }
    .comments p { margin: 0; }
  `,
})
export class SurveyResultsPage {
  /** The campaign's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(SurveysApi);
  protected readonly t = SURVEY_TEXTS;
  protected readonly formatDay = formatDay;
  protected readonly formatNumber = formatNumber;
  protected readonly formatPercent = formatPercent;
  protected readonly formatDateTime = formatDateTime;
  protected readonly results = signal<CampaignResults | null>(null);
  protected readonly error = signal('');

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.load(id));
    });
  }

  private load(id: number): void {
    this.error.set('');
    this.api.results(id).subscribe({
      next: (results) => this.results.set(results),
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }

  /** The average of one question for one agency row. */
  protected questionAverage(row: CampaignResults['agencies'][number], code: string): string {
    return formatNumber(row.questions.find((q) => q.code === code)?.average ?? null);
  }
}
