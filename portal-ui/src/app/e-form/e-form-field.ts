import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { FieldModel, FieldOption, JsonValue } from '@forms';
import { fieldId } from './form-data';

/** What a field asks its form to do with the data. */
export type FieldChange =
  | { kind: 'set'; path: string; value: unknown }
  | { kind: 'add'; path: string; blank: unknown }
  | { kind: 'remove'; path: string; index: number };

const INPUT_TYPES: Record<string, string> = { email: 'email', phone: 'tel', date: 'date', number: 'number' };
const INPUT_MODES: Record<string, string> = { cccd: 'numeric', phone: 'tel', taxCode: 'numeric', postalCode: 'numeric', number: 'decimal' };
const AUTOCOMPLETE: Record<string, string> = { email: 'email', phone: 'tel' };

/**
 * One field of the render model, drawn as the widget it names: text-like inputs, dates, choices,
 * groups and addresses (a fieldset of their children), and repeatable groups with add and remove.
 * It holds no state: every change goes up as a FieldChange, and the model comes back rebuilt.
 */
@Component({
  selector: 'app-e-form-field',
  templateUrl: './e-form-field.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EFormField {
  readonly field = input.required<FieldModel>();
  /** Problems found in the browser, by pointer; they win over the server's. */
  readonly problems = input<ReadonlyMap<string, string>>(new Map());
  /** Where autofill took each value from, by pointer. */
  readonly filled = input<ReadonlyMap<string, string>>(new Map());
  readonly changed = output<FieldChange>();

  protected readonly id = computed(() => fieldId(this.field().path));
  protected readonly error = computed(() => this.problems().get(this.field().path) ?? this.field().error);
  protected readonly describedBy = computed(() => {
    const ids = [this.field().help ? `${this.id()}-hint` : '', this.error() ? `${this.id()}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
  protected readonly source = computed(() => {
    const from = this.filled().get(this.field().path);
    if (!from) return '';
    return from.startsWith('identity.') ? 'Điền sẵn từ tài khoản VNeID' : 'Điền sẵn từ kho dữ liệu của bạn';
  });
  protected readonly textValue = computed(() => {
    const value = this.field().value;
    return value === undefined || value === null ? '' : String(value);
  });
  protected readonly inputType = computed(() => INPUT_TYPES[this.field().widget] ?? 'text');
  protected readonly inputMode = computed(() => INPUT_MODES[this.field().widget] ?? null);
  protected readonly autocomplete = computed(() => AUTOCOMPLETE[this.field().widget] ?? 'off');
  /** "Thửa đất thứ 3" → "thửa đất": the name of one more item. */
  protected readonly itemName = computed(() => (this.field().itemTemplate?.label ?? 'Mục').replace(/\s+thứ\s+\S+$/u, '').toLowerCase());

  protected typed(event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    const field = this.field();
    let value: unknown = raw;
    if (field.widget === 'number' || field.valueType === 'number' || field.valueType === 'integer') {
      value = raw.trim() === '' ? undefined : Number(raw.replace(',', '.'));
      if (typeof value === 'number' && Number.isNaN(value)) value = raw;
    }
    this.changed.emit({ kind: 'set', path: field.path, value });
  }

  protected chose(option: FieldOption | undefined): void {
    this.changed.emit({ kind: 'set', path: this.field().path, value: option?.value });
  }

  protected selected(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    this.chose(Number.isNaN(index) || index < 0 ? undefined : this.field().options?.[index]);
  }

  protected ticked(event: Event): void {
    this.changed.emit({ kind: 'set', path: this.field().path, value: (event.target as HTMLInputElement).checked });
  }

  protected toggled(option: FieldOption, event: Event): void {
    const current = Array.isArray(this.field().value) ? (this.field().value as JsonValue[]) : [];
    const on = (event.target as HTMLInputElement).checked;
    const next = on ? [...current, option.value] : current.filter((value) => value !== option.value);
    this.changed.emit({ kind: 'set', path: this.field().path, value: next });
  }

  protected isChosen(option: FieldOption): boolean {
    const value = this.field().value;
    return Array.isArray(value) ? value.includes(option.value) : value === option.value;
  }

  protected addItem(): void {
    const template = this.field().itemTemplate;
    const objectItems = (template?.fields.length ?? 0) > 1 || template?.fields[0]?.key !== String(template?.index);
    this.changed.emit({ kind: 'add', path: this.field().path, blank: objectItems ? {} : '' });
  }

  protected removeItem(index: number): void {
    this.changed.emit({ kind: 'remove', path: this.field().path, index });
  }
}
