import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { SubmissionApi, type Draft } from '../submit/submission-api';
import { date, dateTime, statusTone } from '../ui/format';
import { DossiersApi, type DossierSummary } from './dossiers-api';

type Tab = 'open' | 'closed' | 'drafts';

/** Hồ sơ của tôi: what is in progress (and what needs the citizen), what is finished, and drafts. */
@Component({
  selector: 'app-my-dossiers-page',
  imports: [RouterLink],
  templateUrl: './my-dossiers-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDossiersPage {
  private readonly api = inject(DossiersApi);
  private readonly submission = inject(SubmissionApi);
  protected readonly tab = signal<Tab>('open');
  protected readonly dossiers = signal<DossierSummary[] | null>(null);
  protected readonly drafts = signal<Draft[] | null>(null);
  protected readonly error = signal('');
  protected readonly open = computed(() => (this.dossiers() ?? []).filter((d) => ['submitted', 'processing', 'supplement_requested'].includes(d.status)));
  protected readonly closed = computed(() => (this.dossiers() ?? []).filter((d) => !['submitted', 'processing', 'supplement_requested'].includes(d.status)));
  protected readonly needingAction = computed(() => this.open().filter((d) => d.actionNeeded).length);
  protected readonly shown = computed(() => (this.tab() === 'open' ? this.open() : this.closed()));
  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly tone = statusTone;
  protected readonly tabs: { id: Tab; label: string }[] = [
    { id: 'open', label: 'Đang giải quyết' }, { id: 'closed', label: 'Đã kết thúc' }, { id: 'drafts', label: 'Hồ sơ nháp' },
  ];

  constructor() {
    this.api.list().then((list) => this.dossiers.set(list), (e: unknown) => this.error.set(asApiError(e).message));
    this.submission.drafts().then((list) => this.drafts.set(list), () => this.drafts.set([]));
  }

  protected count(tab: Tab): number {
    return tab === 'open' ? this.open().length : tab === 'closed' ? this.closed().length : (this.drafts()?.length ?? 0);
  }

  protected async deleteDraft(draft: Draft): Promise<void> {
    if (!confirm(`Xóa hồ sơ nháp “${draft.procedureName}”?`)) return;
    await this.submission.deleteDraft(draft.id).catch(() => undefined);
    this.drafts.update((list) => (list ?? []).filter((d) => d.id !== draft.id));
  }

  protected keydown(event: KeyboardEvent, index: number): void {
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    const next = this.tabs[(index + move + this.tabs.length) % this.tabs.length];
    this.tab.set(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }
}
