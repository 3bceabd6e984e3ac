import { Component, input } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';

const MESSAGES: Record<string, (value: Record<string, unknown>) => string> = {
  required: () => 'Vui lòng nhập thông tin này.',
  minlength: (e) => `Cần ít nhất ${String(e['requiredLength'])} ký tự.`,
  maxlength: (e) => `Không được dài quá ${String(e['requiredLength'])} ký tự.`,
  pattern: () => 'Giá trị không đúng định dạng.',
  email: () => 'Địa chỉ thư điện tử không hợp lệ.',
  min: (e) => `Giá trị nhỏ nhất là ${String(e['min'])}.`,
  max: (e) => `Giá trị lớn nhất là ${String(e['max'])}.`,
};

/** The first problem of a control, in Vietnamese; a server message (`server` error) wins. */
export function controlMessage(errors: ValidationErrors | null, overrides: Record<string, string> = {}): string {
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  const key = Object.keys(errors)[0];
  if (overrides[key]) return overrides[key];
  const value = errors[key];
  return MESSAGES[key]?.(typeof value === 'object' && value ? value : {}) ?? 'Giá trị không hợp lệ.';
}

/**
 * The message under a form field. It stays in the DOM (empty) so that the field's
 * aria-describedby always points at something; it is checked with its parent because a reactive
 * control's state is not a signal.
 */
@Component({
  selector: 'app-field-error',
  template: `@if (visible()) {<span class="field-error-icon" aria-hidden="true">!</span> {{ message() }}}`,
  host: { class: 'field-error', 'aria-live': 'polite' },
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
  readonly messages = input<Record<string, string>>({});

  protected visible(): boolean {
    const control = this.control();
    return control.invalid && (control.touched || control.dirty || Boolean(control.errors?.['server']));
  }

  protected message(): string {
    return controlMessage(this.control().errors, this.messages());
  }
}
