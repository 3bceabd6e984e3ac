import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { CampaignForm } from './campaign-form';
import { SurveysApi, type Campaign } from './surveys-api';
import { SURVEY_TEXTS, formatDay } from './surveys.texts';

/** Khảo sát mức độ hài lòng: the campaigns that concern the officer's agency; create, close, read results. */
@Component({
  selector: 'app-surveys-page',
  imports: [RouterLink, CampaignForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './surveys-page.html',
  styles: `
    .actions { text-align: right; white-space: nowrap; }
    .actions > * + * { margin-left: 0.5rem; }
    th[scope=row] { font-weight: 600; text-align: left; }
  `,
})
export class SurveysPage {
  private readonly api = inject(SurveysApi);

  protected readonly t = SURVEY_TEXTS;
  protected readonly formatDay = formatDay;
  protected readonly campaigns = signal<Campaign[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly notice = signal('');
  protected readonly creating = signal(false);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set('');
    this.api.list().subscribe({
      next: (campaigns) => {
        this.campaigns.set(campaigns);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(asApiError(failure).message);
      },
    });
  }

  protected created(campaign: Campaign): void {
    this.creating.set(false);
    this.notice.set(this.t.created(campaign.title));
    this.load();
  }

  protected close(campaign: Campaign): void {
    if (!window.confirm(this.t.closeConfirm(campaign.title))) return;
    this.notice.set('');
    this.error.set('');
    this.api.close(campaign.id).subscribe({
      next: () => {
        this.notice.set(this.t.closed(campaign.title));
        this.load();
      },
      error: (failure: unknown) => {
        this.error.set(asApiError(failure).message);
        this.load();
      },
    });
  }
}
