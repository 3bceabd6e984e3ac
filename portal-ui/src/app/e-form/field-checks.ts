import { citizenIdProblem, isIsoDate, oldIdNumberProblem, phoneNumberProblem, postalCodeProblem, taxCodeProblem, type FieldModel } from '@forms';

/**
 * The checks a browser can make while the citizen types, with the same Vietnamese wording as
 * the server's: required fields, lengths, ranges and the Vietnamese formats. The server checks
 * everything again on submission (JSON Schema with ajv, which a strict CSP keeps out of the page).
 */

const FORMAT_PROBLEMS: Record<string, (value: unknown) => string | undefined> = {
  cccd: citizenIdProblem,
  cmnd: oldIdNumberProblem,
  'vn-phone': phoneNumberProblem,
  'vn-tax-code': taxCodeProblem,
  'vn-postal-code': postalCodeProblem,
  email: (value) => (typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'chưa đúng định dạng thư điện tử (ví dụ: ten@example.vn)'),
  date: (value) => (isIsoDate(value) ? undefined : 'chưa đúng ngày (ngày/tháng/năm)'),
};

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  || (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

const CHOICE_WIDGETS = ['select', 'radio', 'checkboxes', 'checkbox'];

function problemOf(field: FieldModel): string | undefined {
  const value = field.value;
  const c = field.constraints;
  if (isEmpty(value)) {
    if (!field.required) return undefined;
    return CHOICE_WIDGETS.includes(field.widget) ? `Vui lòng chọn ${field.label.toLowerCase()}.` : `Vui lòng nhập ${field.label.toLowerCase()}.`;
  }
  if (typeof value === 'string') {
    if (c.minLength !== undefined && value.length < c.minLength) return `${field.label} cần ít nhất ${c.minLength} ký tự.`;
    if (c.maxLength !== undefined && value.length > c.maxLength) return `${field.label} không được dài quá ${c.maxLength} ký tự.`;
    if (c.format && FORMAT_PROBLEMS[c.format]) {
      const problem = FORMAT_PROBLEMS[c.format](value);
      if (problem) return `${field.label} ${problem}.`;
    }
    if (c.pattern && !new RegExp(c.pattern, 'u').test(value)) return `${field.label} chưa đúng định dạng.`;
  }
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum) return `${field.label} phải từ ${c.minimum} trở lên.`;
    if (c.maximum !== undefined && value > c.maximum) return `${field.label} không được lớn hơn ${c.maximum}.`;
    if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) return `${field.label} phải lớn hơn ${c.exclusiveMinimum}.`;
    if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) return `${field.label} phải nhỏ hơn ${c.exclusiveMaximum}.`;
  }
  if (Array.isArray(value) && c.minItems !== undefined && value.length < c.minItems) return `${field.label} cần ít nhất ${c.minItems} mục.`;
  return undefined;
}

/**
 * The problems of the fields shown, keyed by JSON pointer. The required fields of an optional
 * group count only once something in the group is filled in.
 */
export function checkFields(fields: readonly FieldModel[], enforceRequired = true, into = new Map<string, string>()): Map<string, string> {
  for (const field of fields) {
    if (field.hidden || field.readonly) continue;
    if (field.children) {
      const active = enforceRequired && (field.required || !isEmpty(field.value));
      if (field.required && enforceRequired && isEmpty(field.value) && field.children.length === 0) into.set(field.path, `Vui lòng nhập ${field.label.toLowerCase()}.`);
      checkFields(field.children, active, into);
      continue;
    }
    if (field.items) {
      const problem = enforceRequired ? problemOf(field) : undefined;
      if (problem) into.set(field.path, problem);
      for (const item of field.items) checkFields(item.fields, true, into);
      continue;
    }
    if (field.widget === 'file') continue;
    const problem = problemOf(enforceRequired ? field : { ...field, required: false });
    if (problem) into.set(field.path, problem);
  }
  return into;
}
