import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FieldProblem } from '../api/api-error';

/** Where a finding's JSON pointer lands in the record, in words the control office uses. */
const PLACES: Record<string, string> = {
  decision: 'Quyết định công bố',
  agencyCodes: 'Cơ quan thực hiện',
  processKey: 'Quy trình nội bộ',
  processVersion: 'Quy trình nội bộ',
  processingTime: 'Thời hạn giải quyết',
  methods: 'Cách thức thực hiện',
  components: 'Thành phần hồ sơ',
  formSchema: 'Biểu mẫu điện tử',
  testRuns: 'Chạy thử',
  fees: 'Phí, lệ phí',
  name: 'Tên thủ tục',
  sectorCode: 'Lĩnh vực',
  serviceLevel: 'Mức độ dịch vụ công',
};

/** The publication check's findings (or a refused save's details), each with the part of the record it names. */
@Component({
  selector: 'app-findings-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="findings">
      @for (f of findings(); track $index) {
        <li><span class="finding-place">{{ place(f.path) }}</span> {{ f.message }}</li>
      }
    </ul>
  `,
  styles: `
    .findings { margin: 0.5rem 0 0; padding-left: 1.25rem; }
    .findings li { margin-bottom: 0.375rem; }
    .finding-place { font-weight: 700; }
    .finding-place:not(:empty)::after { content: ':'; }
  `,
})
export class FindingsList {
  readonly findings = input.required<readonly FieldProblem[]>();

  protected place(path: string): string {
    return PLACES[path.split('/')[1] ?? ''] ?? '';
  }
}
