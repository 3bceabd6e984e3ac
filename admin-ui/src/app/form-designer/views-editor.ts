import { ChangeDetectionStrategy, Component, computed, input, model, output, signal } from '@angular/core';
import type { FormDefinition, FormView } from '@forms';
import { roleLabel } from '../session/roles';
import { coveringPath, dotted, fieldRows } from './field-paths';
import type { ProcessStep } from './process-steps';

const VIEW_NAME = /^[A-Za-z0-9._-]{1,50}$/;

/**
 * Khung nhìn theo bước (REQUIREMENTS B1, B3): for each view, which fields a step shows and which it
 * lets change. A path covers everything beneath it, as the server reads views (forms/views.ts);
 * fields covered by a path above them are shown ticked and locked. The steps of the bound process
 * are listed with the view each one opens.
 */
@Component({
  selector: 'app-views-editor',
  templateUrl: './views-editor.html',
  styleUrl: './views-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewsEditor {
  readonly definition = input.required<FormDefinition>();
  readonly steps = input<ProcessStep[]>([]);
  /** The view being edited; the page previews the form at the same view. */
  readonly selected = model('');
  readonly viewsChange = output<Record<string, FormView>>();

  protected readonly roleLabel = roleLabel;
  protected readonly newName = signal('');
  protected readonly nameError = signal('');
  protected readonly views = computed(() => this.definition().views ?? {});
  protected readonly names = computed(() => Object.keys(this.views()));
  protected readonly rows = computed(() => fieldRows(this.definition()));
  protected readonly current = computed<FormView | null>(() => this.views()[this.selected()] ?? null);
  protected readonly missing = computed(() => this.steps().filter((s) => s.formView && !(s.formView in this.views())));

  protected state(kind: 'visible' | 'editable', field: string): 'own' | 'inherited' | 'off' {
    const listed = this.current()?.[kind] ?? [];
    const covering = coveringPath(listed, field);
    if (!covering) return 'off';
    return dotted(covering) === field ? 'own' : 'inherited';
  }

  protected toggle(kind: 'visible' | 'editable', field: string, on: boolean): void {
    const view = this.current();
    if (!view) return;
    const without = (list: string[]) => list.filter((path) => dotted(path) !== field);
    const next: FormView = { visible: [...view.visible], editable: [...view.editable] };
    next[kind] = on ? [...without(next[kind]), field] : without(next[kind]);
    // A field one may change must be one one sees: ticking "sửa" shows it; hiding it stops edits.
    if (kind === 'editable' && on && !coveringPath(next.visible, field)) next.visible.push(field);
    if (kind === 'visible' && !on) next.editable = without(next.editable);
    this.viewsChange.emit({ ...this.views(), [this.selected()]: next });
  }

  protected addView(): void {
    const name = this.newName().trim();
    if (!VIEW_NAME.test(name)) {
      this.nameError.set('Tên khung nhìn gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 50 ký tự).');
      return;
    }
    if (name in this.views()) {
      this.nameError.set(`Đã có khung nhìn “${name}”.`);
      return;
    }
    this.nameError.set('');
    this.newName.set('');
    this.viewsChange.emit({ ...this.views(), [name]: { visible: ['*'], editable: [] } });
    this.selected.set(name);
  }

  protected removeView(): void {
    const name = this.selected();
    if (!name || !confirm(`Xóa khung nhìn “${name}”?`)) return;
    const { [name]: _removed, ...rest } = this.views();
    this.viewsChange.emit(rest);
    this.selected.set('');
  }
}
