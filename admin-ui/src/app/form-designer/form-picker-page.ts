import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { CatalogueApi, type VersionSummary } from '../catalogue/catalogue-api';

/** The drafts whose e-form can be designed; a published form changes only through an amendment. */
@Component({
  selector: 'app-form-picker-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>Thiết kế biểu mẫu điện tử</h1>
        <p>Chọn thủ tục đang soạn thảo để thiết kế biểu mẫu. Biểu mẫu của phiên bản đã công bố chỉ thay đổi qua phiên bản sửa đổi, bổ sung.</p>
      </div>
    </div>
    @if (error()) { <div class="alert alert-error" role="alert">{{ error() }}</div> }
    <section class="card">
      <table class="data">
        <caption class="visually-hidden">Các phiên bản dự thảo</caption>
        <thead><tr><th scope="col">Mã thủ tục</th><th scope="col">Tên thủ tục</th><th scope="col">Phiên bản</th></tr></thead>
        <tbody>
          @for (d of drafts(); track d.code) {
            <tr>
              <td class="mono">{{ d.code }}</td>
              <td><a [routerLink]="['/form-designer', d.code, d.version]">{{ d.name }}</a></td>
              <td>{{ d.version }}</td>
            </tr>
          } @empty {
            <tr><td colspan="3" class="muted">{{ loading() ? 'Đang tải…' : 'Không có phiên bản dự thảo nào.' }}</td></tr>
          }
        </tbody>
      </table>
    </section>
  `,
})
export class FormPickerPage {
  protected readonly drafts = signal<VersionSummary[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal('');

  constructor() {
    inject(CatalogueApi).list({ q: '', status: 'draft', page: 1, pageSize: 200 }).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.drafts.set(page.items);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(asApiError(failure).message);
      },
    });
  }
}
