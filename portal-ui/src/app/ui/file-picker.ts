import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ACCEPT } from './file-rules';

/**
 * A file input that reads in Vietnamese ("Chọn tệp…", "Chưa chọn tệp") whatever the browser's
 * language: the native input stays on top, transparent, so clicks, keyboard and screen readers
 * use it as usual; its name comes from the field's own <label for>.
 */
@Component({
  selector: 'app-file-picker',
  template: `
    <span class="file-picker">
      <input type="file" class="file-native" [id]="inputId()" [accept]="accept" [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid() ? 'true' : null" (change)="picked.emit($event)">
      <span class="btn btn-secondary file-button" aria-hidden="true">Chọn tệp…</span>
      <span class="file-name" aria-hidden="true">{{ fileName() || 'Chưa chọn tệp' }}</span>
    </span>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilePicker {
  readonly inputId = input.required<string>();
  readonly fileName = input<string | null>(null);
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  readonly picked = output<Event>();
  protected readonly accept = ACCEPT;
}
