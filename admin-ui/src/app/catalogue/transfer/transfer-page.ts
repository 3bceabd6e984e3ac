import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { asApiError, type FieldProblem } from '../../api/api-error';
import { FindingsList } from '../findings-list';
import { ImportFileError, importBody } from './import-file';
import { EXPORT_URLS, TransferApi, type ImportJob } from './transfer-api';

/** How often a running import is asked for its progress. */
const POLL_MS = 500;

/**
 * Nhập, xuất danh mục (A3-A4 in bulk): a province migrates hundreds of procedures in one file.
 * The import runs on the server row by row; this page shows its progress and every row it refused.
 */
@Component({
  selector: 'app-transfer-page',
  imports: [RouterLink, FindingsList],
  templateUrl: './transfer-page.html',
  styleUrl: './transfer-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransferPage {
  private readonly api = inject(TransferApi);

  protected readonly exportUrls = EXPORT_URLS;
  protected readonly fileName = signal('');
  protected readonly job = signal<ImportJob | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly details = signal<FieldProblem[]>([]);
  protected readonly percent = computed(() => {
    const job = this.job();
    return job && job.total ? Math.round((job.processed / job.total) * 100) : 0;
  });
  private polling?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
  }

  protected async chosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.busy()) return;
    this.fileName.set(file.name);
    this.error.set('');
    this.details.set([]);
    this.job.set(null);
    let body;
    try {
      body = await importBody(file);
    } catch (error) {
      this.error.set(error instanceof ImportFileError ? error.message : 'Không đọc được tệp.');
      return;
    }
    this.busy.set(true);
    this.api.start(body).subscribe({
      next: (job) => this.follow(job),
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set(error.message);
        this.details.set([...error.details]);
      },
    });
  }

  private follow(job: ImportJob): void {
    this.job.set(job);
    this.polling?.unsubscribe();
    this.polling = timer(POLL_MS, POLL_MS).pipe(
      switchMap(() => this.api.progress(job.id)),
      takeWhile((current) => current.status === 'running', true),
    ).subscribe({
      next: (current) => {
        this.job.set(current);
        if (current.status !== 'running') this.busy.set(false);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(asApiError(failure).message);
      },
    });
    if (job.status !== 'running') {
      this.polling.unsubscribe();
      this.busy.set(false);
    }
  }
}
