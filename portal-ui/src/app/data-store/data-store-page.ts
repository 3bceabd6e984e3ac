import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { dateTime, fileSize } from '../ui/format';
import { DOCUMENT_KIND_LABELS, DataStoreApi, type StoredDocument } from './data-store-api';

/** Names people understand for the keys forms use after `personalData.`. */
const KEY_LABELS: Record<string, string> = {
  residence: 'Nơi cư trú', address: 'Địa chỉ liên hệ', taxCode: 'Mã số thuế', phone: 'Số điện thoại', email: 'Thư điện tử',
};

/**
 * Kho dữ liệu cá nhân (C9): what earlier dossiers taught the portal (used to fill the next forms)
 * and the documents and results of those dossiers, for the citizen to see, reuse or remove.
 */
@Component({
  selector: 'app-data-store-page',
  imports: [RouterLink],
  template: `
    <div class="page-title">
      <h1>Kho dữ liệu cá nhân</h1>
      <p>Thông tin và giấy tờ từ các hồ sơ trước của bạn. Thông tin được dùng để điền sẵn tờ khai ở lần nộp sau; bạn có thể xóa bất cứ lúc nào.</p>
    </div>
    @if (error()) { <p class="alert alert-error" role="alert">{{ error() }}</p> }
    <section class="card" aria-labelledby="values-title">
      <h2 id="values-title">Thông tin dùng để điền sẵn</h2>
      @if (values().length) {
        <dl class="facts">
          @for (entry of values(); track entry.key) {
            <dt>{{ entry.label }}</dt>
            <dd class="value-row"><span>{{ entry.text }}</span>
              <button type="button" class="btn-danger-link" (click)="forget(entry.key)">Xóa<span class="visually-hidden"> {{ entry.label }}</span></button></dd>
          }
        </dl>
      } @else {
        <p class="muted">Chưa có thông tin nào. Sau khi bạn nộp hồ sơ, địa chỉ, mã số thuế… bạn đã khai sẽ được lưu ở đây.</p>
      }
    </section>
    <section class="card" aria-labelledby="docs-title">
      <h2 id="docs-title">Giấy tờ và kết quả</h2>
      @if (documents().length) {
        <div class="table-wrap">
          <table class="data">
            <caption class="visually-hidden">Giấy tờ và kết quả trong kho</caption>
            <thead><tr><th scope="col">Giấy tờ</th><th scope="col">Loại</th><th scope="col">Hồ sơ</th><th scope="col">Ngày</th><th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
            <tbody>
              @for (doc of documents(); track doc.id) {
                <tr>
                  <td>@if (doc.downloadUrl) { <a [href]="doc.downloadUrl">{{ doc.name }}</a> } @else { {{ doc.name }} }
                    @if (doc.sizeBytes) { <span class="muted small"> ({{ fileSize(doc.sizeBytes) }})</span> }</td>
                  <td>{{ kinds[doc.kind] }}</td>
                  <td>@if (doc.dossierCode) { <a [routerLink]="['/ho-so-cua-toi', doc.dossierCode]" class="mono">{{ doc.dossierCode }}</a> } @else { — }</td>
                  <td class="nowrap">{{ dateTime(doc.createdAt) }}</td>
                  <td>@if (doc.removable) { <button type="button" class="btn-danger-link" (click)="remove(doc)">Xóa<span class="visually-hidden"> {{ doc.name }}</span></button> }</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="muted">Chưa có giấy tờ nào.</p>
      }
    </section>
  `,
  styles: '.value-row { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataStorePage {
  private readonly api = inject(DataStoreApi);
  private readonly personal = signal<Record<string, unknown>>({});
  protected readonly documents = signal<StoredDocument[]>([]);
  protected readonly error = signal('');
  protected readonly kinds = DOCUMENT_KIND_LABELS;
  protected readonly dateTime = dateTime;
  protected readonly fileSize = fileSize;
  protected readonly values = computed(() => Object.entries(this.personal()).map(([key, value]) => ({
    key, label: KEY_LABELS[key] ?? key, text: describe(value),
  })));

  constructor() {
    this.api.load().then(
      (store) => { this.personal.set(store.personalData); this.documents.set(store.documents); },
      (failure: unknown) => this.error.set(asApiError(failure).message),
    );
  }

  protected async forget(key: string): Promise<void> {
    try {
      this.personal.set(await this.api.remember({ [key]: null }));
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    }
  }

  protected async remove(doc: StoredDocument): Promise<void> {
    try {
      await this.api.remove(doc.id);
      this.documents.update((docs) => docs.filter((d) => d.id !== doc.id));
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    }
  }
}

/** An address reads from the house to the province; other values as they are. */
function describe(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const ordered = ['street', 'commune', 'province'].filter((k) => v[k]).map((k) => String(v[k]));
    return ordered.length ? ordered.join(', ') : Object.values(v).map(String).join(', ');
  }
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
