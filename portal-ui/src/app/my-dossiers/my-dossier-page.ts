import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { ProceduresApi, type DossierComponent } from '../procedures/procedures-api';
import { SubmissionApi } from '../submit/submission-api';
import { DataStoreApi } from '../data-store/data-store-api';
import { ComponentFiles } from '../submit/component-files';
import { UploadQueue } from '../submit/upload-queue';
import { FilePicker } from '../ui/file-picker';
import { date, dateTime, fileSize, statusTone } from '../ui/format';
import { DossiersApi, type DossierDetail, type DossierFile, type SentNotice } from './dossiers-api';

const CHANNELS: Record<SentNotice['channel'], string> = { email: 'Thư điện tử', sms: 'SMS', zalo: 'Zalo' };

/**
 * Một hồ sơ của tôi: where it stands in plain words, what the citizen must do (supplement, C4),
 * the notices to download, the result when ready, its history and the messages it was sent.
 */
@Component({
  selector: 'app-my-dossier-page',
  imports: [RouterLink, FilePicker],
  templateUrl: './my-dossier-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyDossierPage {
  private readonly api = inject(DossiersApi);
  private readonly procedures = inject(ProceduresApi);
  private readonly submission = inject(SubmissionApi);
  readonly code = input.required<string>();

  protected readonly dossier = signal<DossierDetail | null>(null);
  protected readonly files = signal<DossierFile[]>([]);
  /** Only what reached the applicant: a failed try is the agency's to follow up, not the citizen's. */
  protected readonly notices = signal<(SentNotice & { channelLabel: string })[]>([]);
  protected readonly components = signal<DossierComponent[]>([]);
  protected readonly error = signal('');
  protected readonly picked = new ComponentFiles();
  protected readonly note = signal('');
  protected readonly sending = signal(false);
  protected readonly supplementError = signal('');
  protected readonly supplementDone = signal(false);
  protected readonly queue = new UploadQueue(this.submission, inject(DataStoreApi));
  protected readonly results = computed(() => this.files().filter((file) => file.purpose === 'result'));
  protected readonly date = date;
  protected readonly dateTime = dateTime;
  protected readonly fileSize = fileSize;
  protected readonly tone = statusTone;

  constructor() {
    effect(() => void this.load(this.code()));
  }

  private async load(code: string): Promise<void> {
    this.error.set('');
    try {
      const dossier = await this.api.detail(code);
      this.dossier.set(dossier);
      this.files.set(await this.api.files(code));
      const notices = await this.api.notices(code);
      this.notices.set(notices.filter((n) => n.status === 'sent').map((n) => ({ ...n, channelLabel: CHANNELS[n.channel] ?? n.channel })));
      if (dossier.supplement) {
        const procedure = await this.procedures.procedure(dossier.procedureCode).catch(() => null);
        this.components.set(procedure?.components ?? []);
      }
    } catch (failure) {
      const error = asApiError(failure);
      this.error.set(error.status === 404 ? 'Không tìm thấy hồ sơ này trong các hồ sơ của bạn.' : error.message);
    }
  }

  protected fileUrl(file: DossierFile): string {
    return `/api/dossiers/${encodeURIComponent(this.code())}/attachments/${file.id}`;
  }

  /** Sends the new files, then tells the agency the dossier is complete: the clock restarts. */
  protected async sendSupplement(): Promise<void> {
    const dossier = this.dossier();
    if (!dossier) return;
    if (!this.picked.chosen().size && !this.note().trim()) {
      this.supplementError.set('Vui lòng đính kèm ít nhất một giấy tờ hoặc ghi nội dung bổ sung.');
      return;
    }
    this.sending.set(true);
    this.supplementError.set('');
    const names = new Map(this.components().map((c) => [c.code, c.name]));
    this.queue.set([...this.picked.chosen()].map(([componentCode, source]) => ({ componentCode, componentName: names.get(componentCode) ?? componentCode, source })));
    await this.queue.run(dossier.code);
    const failed = this.queue.items().filter((item) => item.state === 'failed');
    if (failed.length) {
      this.supplementError.set('Một số tệp chưa gửi được. Hãy gửi lại các tệp đó trước khi xác nhận bổ sung.');
      this.sending.set(false);
      return;
    }
    try {
      await this.submission.supplement(dossier.code, this.note().trim());
      // The notice appears with the new status, never beside the old one.
      await this.load(dossier.code);
      this.supplementDone.set(true);
    } catch (failure) {
      const error = asApiError(failure);
      this.supplementError.set(error.status === 404 && error.code !== 'DOSSIER_NOT_FOUND'
        ? 'Hệ thống chưa nhận bổ sung trực tuyến. Vui lòng mang giấy tờ đến Bộ phận Một cửa.'
        : error.message);
    } finally {
      this.sending.set(false);
    }
  }
}
