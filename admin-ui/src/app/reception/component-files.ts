import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ProcedureVersion } from '../dossier/dossier-api';
import { RECEPTION_TEXTS } from './reception.texts';

/** What the platform accepts for a component scan by default (the server checks the content again). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Thành phần hồ sơ: one file input per component of the procedure, required ones marked. */
@Component({
  selector: 'app-component-files',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="component-list">
      @for (c of components(); track c.code) {
        <li class="field" [class.file-missing]="missing().has(c.code)">
          <label [for]="'file-' + c.code" [class.required]="c.required">{{ c.name }}</label>
          <span class="field-hint" [id]="'file-' + c.code + '-hint'">
            {{ t.originals(c.originals, c.copies) }}@if (files().get(c.code); as file) { · {{ t.fileChosen(file.name) }} }
          </span>
          <input type="file" [id]="'file-' + c.code" [accept]="accept" [attr.aria-required]="c.required"
                 [attr.aria-invalid]="missing().has(c.code) ? 'true' : null"
                 [attr.aria-describedby]="'file-' + c.code + '-hint file-' + c.code + '-error'" (change)="pick(c.code, $event)">
          <span class="field-error" [id]="'file-' + c.code + '-error'" aria-live="polite">
            @if (missing().has(c.code)) { <span class="field-error-icon" aria-hidden="true">!</span> {{ t.fileMissing }} }
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .component-list { list-style: none; margin: 0; padding: 0; }
    .component-list li { padding: 0.5rem 0; border-bottom: 1px solid var(--border); margin: 0; }
    .component-list li:last-child { border-bottom: 0; }
    input[type='file'] { font: inherit; }
  `,
})
export class ComponentFiles {
  readonly components = input.required<ProcedureVersion['components']>();
  readonly files = input.required<ReadonlyMap<string, File>>();
  readonly missing = input<ReadonlySet<string>>(new Set());
  readonly picked = output<{ componentCode: string; file: File | null }>();

  protected readonly t = RECEPTION_TEXTS;
  protected readonly accept = ACCEPT;

  protected pick(componentCode: string, event: Event): void {
    this.picked.emit({ componentCode, file: (event.target as HTMLInputElement).files?.[0] ?? null });
  }
}
