import type { ErrorObject } from 'ajv';
import type { ErrorDetail } from './catalogue';

/**
 * Turns the route-schema validator's findings into Vietnamese, field by field. The e-form layer
 * (forms/) has its own richer messages that name fields by their titles; route bodies are API
 * contracts whose field names are the programmer's, so the path is enough here.
 */
export function translateValidationErrors(errors: ErrorObject[], httpPart: string | undefined): ErrorDetail[] {
  const prefix = httpPart && httpPart !== 'body' ? `/${httpPart}` : '';
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    let path = `${prefix}${error.instancePath}`;
    if (error.keyword === 'required') path = `${path}/${String(params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') path = `${path}/${String(params.additionalProperty)}`;
    return { path: path || '/', message: messageFor(error, params) };
  });
}

function messageFor(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'required':
      return `Thiếu trường bắt buộc "${String(params.missingProperty)}".`;
    case 'additionalProperties':
      return `Trường "${String(params.additionalProperty)}" không được chấp nhận.`;
    case 'type':
      return `Sai kiểu dữ liệu: cần ${typeName(String(params.type))}.`;
    case 'minLength':
      return `Cần ít nhất ${String(params.limit)} ký tự.`;
    case 'maxLength':
      return `Không được dài quá ${String(params.limit)} ký tự.`;
    case 'pattern':
      return 'Giá trị không đúng định dạng.';
    case 'format':
      return `Giá trị không đúng định dạng ${String(params.format)}.`;
    case 'enum':
      return `Giá trị phải là một trong: ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'const':
      return 'Giá trị không được chấp nhận.';
    case 'minimum':
    case 'exclusiveMinimum':
      return `Giá trị phải lớn hơn hoặc bằng ${String(params.limit)}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Giá trị phải nhỏ hơn hoặc bằng ${String(params.limit)}.`;
    case 'minItems':
      return `Cần ít nhất ${String(params.limit)} phần tử.`;
    case 'maxItems':
      return `Không được quá ${String(params.limit)} phần tử.`;
    case 'uniqueItems':
      return 'Các phần tử không được trùng nhau.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'chuỗi ký tự',
    number: 'số',
    integer: 'số nguyên',
    boolean: 'giá trị đúng/sai',
    object: 'đối tượng',
    array: 'danh sách',
    null: 'giá trị rỗng',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' hoặc ');
}
