import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FieldModel } from '@forms';

/** What was declared, read back: labels and display values, groups and list items nested. */
@Component({
  selector: 'app-e-form-summary',
  template: `
    <dl class="facts summary">
      @for (f of fields(); track f.path) {
        @if (!f.hidden && f.widget !== 'file') {
          @if (f.children && f.widget !== 'address') {
            <dt class="summary-group">{{ f.label }}</dt>
            <dd><app-e-form-summary [fields]="f.children" /></dd>
          } @else if (f.items) {
            <dt>{{ f.label }}</dt>
            <dd>
              @for (item of f.items; track item.path) {
                <div class="summary-item"><strong>{{ item.label }}</strong><app-e-form-summary [fields]="item.fields" /></div>
              } @empty { <span class="muted">Không có</span> }
            </dd>
          } @else if (f.widget === 'address') {
            <dt>{{ f.label }}</dt>
            <dd>{{ address(f) || '—' }}</dd>
          } @else {
            <dt>{{ f.label }}</dt>
            <dd>{{ f.displayValue || '—' }}</dd>
          }
        }
      }
    </dl>
  `,
  styles: '.summary-item { margin-bottom: 0.5rem; } .summary-group { color: var(--text); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EFormSummary {
  readonly fields = input.required<readonly FieldModel[]>();

  /** An address is written from the house to the province, whichever order its schema lists. */
  protected address(field: FieldModel): string {
    const parts = (field.children ?? []).filter((child) => child.displayValue);
    const ordered = parts[0]?.key === 'province' ? [...parts].reverse() : parts;
    return ordered.map((child) => child.displayValue).join(', ') || field.displayValue;
  }
}
