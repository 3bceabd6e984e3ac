import { signal } from '@angular/core';
import { asApiError } from '../api/api-error';
import type { DataStoreApi } from '../data-store/data-store-api';
import { sourceName, sourceSize, type ComponentSource } from './component-files';
import type { SubmissionApi } from './submission-api';

export type UploadState = 'waiting' | 'uploading' | 'done' | 'failed' | 'unavailable';

export interface UploadItem {
  componentCode: string;
  componentName: string;
  source: ComponentSource;
  fileName: string;
  size: number | null;
  percent: number;
  state: UploadState;
  message: string;
}

const RETRY_DELAYS_MS = [1000, 3000, 8000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the files of a dossier one by one with their progress; a document of the data store is
 * attached by reference, without sending its bytes again. A dropped connection or a server fault
 * is retried after a pause (slow and unstable mobile networks); a refusal (type, size) is shown as
 * the server words it, and the citizen can try that file again.
 */
export class UploadQueue {
  readonly items = signal<UploadItem[]>([]);

  constructor(private readonly api: SubmissionApi, private readonly store: DataStoreApi) {}

  set(items: { componentCode: string; componentName: string; source: ComponentSource }[]): void {
    this.items.set(items.map((item) => ({
      ...item, fileName: sourceName(item.source), size: sourceSize(item.source), percent: 0, state: 'waiting', message: '',
    })));
  }

  async run(code: string): Promise<void> {
    for (const item of this.items()) if (item.state !== 'done') await this.send(code, item.componentCode);
  }

  private patch(componentCode: string, change: Partial<UploadItem>): void {
    this.items.update((items) => items.map((item) => (item.componentCode === componentCode ? { ...item, ...change } : item)));
  }

  private async transfer(code: string, item: UploadItem): Promise<void> {
    const { source, componentCode } = item;
    if (source.kind === 'stored') {
      await this.store.reuse(code, componentCode, source.document);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.api.upload(code, componentCode, source.file).subscribe({
        next: (progress) => this.patch(componentCode, { percent: progress.percent }),
        error: reject,
        complete: resolve,
      });
    });
  }

  async send(code: string, componentCode: string): Promise<void> {
    const item = this.items().find((candidate) => candidate.componentCode === componentCode);
    if (!item) return;
    for (let attempt = 0; ; attempt++) {
      this.patch(componentCode, { state: 'uploading', percent: 0, message: attempt ? `Đang thử lại lần ${attempt}…` : '' });
      try {
        await this.transfer(code, item);
        this.patch(componentCode, { state: 'done', percent: 100, message: '' });
        return;
      } catch (failure) {
        const error = asApiError(failure);
        const transient = error.status === 0 || error.status >= 500;
        if (transient && attempt < RETRY_DELAYS_MS.length) {
          this.patch(componentCode, { message: 'Mạng chập chờn, đang chờ để gửi lại…' });
          await sleep(RETRY_DELAYS_MS[attempt]);
          continue;
        }
        if (error.status === 404 && item.source.kind === 'upload' && error.code !== 'DOSSIER_NOT_FOUND') {
          this.patch(componentCode, { state: 'unavailable', message: 'Hệ thống chưa nhận tệp trực tuyến cho hồ sơ này. Vui lòng mang bản giấy khi đến nhận kết quả.' });
        } else {
          this.patch(componentCode, { state: 'failed', message: error.message });
        }
        return;
      }
    }
  }
}
