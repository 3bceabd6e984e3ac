import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, signal } from '@angular/core';
import { type FieldModel, type FormDefinition, type FormModel, buildFormModel } from '@forms';
// The portal's own renderer, imported through the tsconfig paths (not copied): the preview is what citizens will see.
import { EFormField, type FieldChange } from '@portal-e-form/e-form-field';
import { checkFields } from '@portal-e-form/field-checks';
import { addItem, removeItem, setAt } from '@portal-e-form/form-data';

/**
 * The live preview of an e-form: the render model built by forms/ and drawn by the portal's field
 * component, at the chosen step's view. Test data typed here stays in the page and is never sent.
 */
@Component({
  selector: 'app-form-preview',
  imports: [EFormField],
  templateUrl: './form-preview.html',
  styleUrl: './e-form-preview.css',
  // The portal's field component has no styles of its own; its classes are styled here, under .e-form-preview.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormPreview {
  readonly definition = input.required<FormDefinition>();
  /** The view name; '' draws the whole form as a citizen fills it. */
  readonly view = input('');

  protected readonly data = signal<Record<string, unknown>>({});
  protected readonly problems = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly checked = signal(false);

  protected readonly result = computed<{ model: FormModel } | { failure: string }>(() => {
    try {
      return { model: buildFormModel(this.definition(), { view: this.view() || undefined, data: this.data() }) };
    } catch (error) {
      return { failure: error instanceof Error ? error.message : String(error) };
    }
  });
  protected readonly model = computed(() => {
    const result = this.result();
    return 'model' in result ? result.model : null;
  });
  protected readonly failure = computed(() => {
    const result = this.result();
    return 'failure' in result ? result.failure : '';
  });

  protected change(change: FieldChange): void {
    this.data.update((data) => {
      if (change.kind === 'set') return setAt(data, change.path, change.value);
      if (change.kind === 'add') return addItem(data, change.path, change.blank);
      return removeItem(data, change.path, change.index);
    });
    if (this.checked()) this.check();
  }

  /** Runs the checks the portal runs before sending, to try the form's messages. */
  protected check(): void {
    const fields: FieldModel[] = (this.model()?.pages ?? []).flatMap((page) => page.sections.flatMap((section) => section.fields));
    this.problems.set(checkFields(fields));
    this.checked.set(true);
  }

  protected clear(): void {
    this.data.set({});
    this.problems.set(new Map());
    this.checked.set(false);
  }
}
