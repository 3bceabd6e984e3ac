import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, output } from '@angular/core';
import { buildFormModel, type FormDefinition, type FormFinding } from '@forms';
import { EFormField, type FieldChange } from '@portal-e-form/e-form-field';
import { EFormSummary } from '@portal-e-form/e-form-summary';
import { checkFields } from '@portal-e-form/field-checks';
import { addItem, removeItem, setAt } from '@portal-e-form/form-data';

/**
 * The procedure's e-form, drawn by the portal's renderer (portal-ui/src/app/e-form, imported
 * through the `@portal-e-form` path, not copied) so that officers and citizens see the same
 * form. With `editable` the fields the view opens take input; otherwise the form reads back.
 * The renderer's classes come from the portal's global stylesheet; the rules below give them
 * the back office's look, scoped to this panel.
 */
@Component({
  selector: 'app-e-form-panel',
  imports: [EFormField, EFormSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './e-form-panel.css',
  template: `
    <div class="e-form">
      @for (page of model().pages; track $index) {
        @for (section of page.sections; track $index) {
          @if (section.fields.length) {
          @if (section.title || (page.title && $first)) {
            <h3 class="e-form-section">{{ section.title ?? page.title }}</h3>
          }
          @if (editable()) {
            <div class="form-row">
              @for (field of section.fields; track field.path) {
                <app-e-form-field [field]="field" [problems]="problems()" (changed)="changed.emit($event)" [class]="'w-' + (field.width ?? 'full')" />
              }
            </div>
          } @else {
            <app-e-form-summary [fields]="section.fields" />
          }
          }
        }
      }
      @for (finding of model().errors; track $index) {
        <p class="field-error" role="alert">{{ finding.message }}</p>
      }
    </div>
  `,
})
export class EFormPanel {
  readonly definition = input.required<FormDefinition>();
  /** The form view of the step (tthc:formView); none shows every field. */
  readonly view = input<string | null>(null);
  readonly data = input.required<Record<string, unknown>>();
  /** The server's findings, with their `/formData` pointers. */
  readonly errors = input<readonly FormFinding[]>([]);
  /** Problems found in the browser, by pointer. */
  readonly problems = input<ReadonlyMap<string, string>>(new Map());
  readonly editable = input(false);
  readonly changed = output<FieldChange>();

  protected readonly model = computed(() => formModel(this.definition(), this.view(), this.data(), this.errors()));
}

function formModel(definition: FormDefinition, view: string | null, data: Record<string, unknown>, errors: readonly FormFinding[]) {
  const known = view && definition.views && view in definition.views ? view : undefined;
  return buildFormModel(definition, { view: known, data, errors, basePath: '/formData' });
}

/** The problems a browser can see before sending the form, by JSON pointer (same wording as the server). */
export function formProblems(definition: FormDefinition, view: string | null, data: Record<string, unknown>): Map<string, string> {
  const problems = new Map<string, string>();
  for (const page of formModel(definition, view, data, []).pages) {
    for (const section of page.sections) checkFields(section.fields, true, problems);
  }
  return problems;
}

/** The form data after one change a field asked for. */
export function applyChange(data: Record<string, unknown>, change: FieldChange): Record<string, unknown> {
  if (change.kind === 'set') return setAt(data, change.path, change.value);
  if (change.kind === 'add') return addItem(data, change.path, change.blank);
  return removeItem(data, change.path, change.index);
}

export type { FieldChange };

/** Whether the step's view lets the officer change anything in the form. */
export function viewEditsForm(definition: FormDefinition, view: string | null): boolean {
  return formModel(definition, view, {}, []).editable;
}
