/**
 * Turns ajv's errors into Vietnamese sentences that name the field by its schema title
 * (REQUIREMENTS B3: "a clear, field-level error in Vietnamese"). No English ajv text ever leaves
 * this file: an unknown keyword falls back to "… không hợp lệ".
 */
import type { ErrorObject } from 'ajv';
import type { SchemaNode } from './definition';
import { parsePointer } from './field-path';
import { formatDisplayDate, isIsoDate } from './formats/dates';
import { formatProblem } from './formats/format-names';
import { isEmptyValue, isPlainObject } from './json';
import { displayScalar, formatNumberVi, labelAtDataPath, optionLabel, optionsOf } from './labels';
import { childSchema, schemaAtDataPath } from './schema-walk';
import { collapseAlternatives } from './error-alternatives';

/** A finding located in the form data, before the API's base path is added. */
export interface DataFinding {
  /** Data path segments, indices included. */
  segments: string[];
  keyword: string;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'giá trị có hoặc không',
  array: 'danh sách',
  object: 'nhóm thông tin',
  null: 'để trống',
};

/** Keywords that report a whole part of the data that is not in the form. */
export const UNKNOWN_FIELD_KEYWORDS = new Set(['additionalProperties', 'unevaluatedProperties']);

type Params = Record<string, unknown>;

function limit(params: Params): string {
  return typeof params.limit === 'number' ? formatNumberVi(params.limit) : displayScalar(params.limit);
}

function items(count: unknown): string {
  return count === 1 ? 'một mục' : `${displayScalar(count)} mục`;
}

/** Where the error points: the missing or unknown property when there is one. */
function locate(error: ErrorObject): string[] {
  const segments = parsePointer(error.instancePath);
  const params = error.params as Params;
  const extra = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return typeof extra === 'string' ? [...segments, extra] : segments;
}

function compareDates(comparison: string, value: string): string {
  const shown = formatDisplayDate(value);
  switch (comparison) {
    case '>=': return `không được trước ngày ${shown}`;
    case '>': return `phải sau ngày ${shown}`;
    case '<=': return `không được sau ngày ${shown}`;
    default: return `phải trước ngày ${shown}`;
  }
}

/** The predicate of the sentence, the part after the field's name. */
function predicate(root: SchemaNode, error: ErrorObject, segments: string[]): string {
  const params = error.params as Params;
  const value: unknown = error.data;
  switch (error.keyword) {
    case 'required':
      return 'không được để trống';
    case 'dependentRequired':
      return `không được để trống khi đã khai ${labelAtDataPath(root, [...segments.slice(0, -1), String(params.property)])}`;
    case 'type': {
      if (value === null) return 'không được để trống';
      const types = (Array.isArray(params.type) ? params.type : String(params.type).split(','))
        .filter((type) => type !== 'null')
        .map((type) => TYPE_NAMES[type] ?? type);
      return `phải là ${types.join(' hoặc ')}`;
    }
    case 'minLength':
      return isEmptyValue(value) ? 'không được để trống' : `phải có ít nhất ${limit(params)} ký tự`;
    case 'maxLength':
      return `không được dài quá ${limit(params)} ký tự`;
    case 'pattern':
      return 'không đúng định dạng';
    case 'format':
      return formatProblem(String(params.format), value);
    case 'enum': {
      const options = optionsOf(root, error.parentSchema as SchemaNode);
      if (!options || options.length > 6) return 'không thuộc danh sách giá trị cho phép';
      return `phải là một trong các giá trị: ${options.map((option) => `“${option.label}”`).join(', ')}`;
    }
    case 'const':
      if (params.allowedValue === true) return 'phải được đánh dấu xác nhận';
      return `phải có giá trị ${optionLabel(undefined, params.allowedValue)}`;
    case 'oneOf':
    case 'anyOf': {
      const options = optionsOf(root, error.parentSchema as SchemaNode);
      if (options) return 'không thuộc danh sách giá trị cho phép';
      return Array.isArray(params.passingSchemas) ? 'khớp với nhiều hơn một phương án khai' : 'không khớp với phương án khai nào được chấp nhận';
    }
    case 'not':
      return 'có giá trị không được phép';
    case 'false schema':
      return 'không được phép khai';
    case 'minimum':
      return `phải lớn hơn hoặc bằng ${limit(params)}`;
    case 'exclusiveMinimum':
      return `phải lớn hơn ${limit(params)}`;
    case 'maximum':
      return `phải nhỏ hơn hoặc bằng ${limit(params)}`;
    case 'exclusiveMaximum':
      return `phải nhỏ hơn ${limit(params)}`;
    case 'multipleOf':
      return `phải là bội số của ${formatNumberVi(Number(params.multipleOf))}`;
    case 'formatMinimum':
    case 'formatMaximum':
    case 'formatExclusiveMinimum':
    case 'formatExclusiveMaximum':
      if (typeof params.limit === 'string' && isIsoDate(params.limit)) return compareDates(String(params.comparison), params.limit);
      return `phải thỏa mãn điều kiện ${String(params.comparison)} ${displayScalar(params.limit)}`;
    case 'minItems':
      return `phải có ít nhất ${items(params.limit)}`;
    case 'maxItems':
      return `không được có quá ${items(params.limit)}`;
    case 'uniqueItems':
      return `có mục thứ ${Math.min(Number(params.i), Number(params.j)) + 1} và mục thứ ${Math.max(Number(params.i), Number(params.j)) + 1} trùng nhau`;
    case 'contains':
    case 'minContains':
      return 'chưa có mục nào phù hợp';
    case 'maxContains':
      return 'có quá nhiều mục giống nhau';
    case 'minProperties':
      return `phải có ít nhất ${limit(params)} thông tin`;
    case 'maxProperties':
      return `không được có quá ${limit(params)} thông tin`;
    case 'unevaluatedItems':
    case 'additionalItems':
      return 'có nhiều mục hơn mức cho phép';
    case 'propertyNames':
      return `có tên thông tin không hợp lệ: “${String(params.propertyName)}”`;
    default:
      return 'không hợp lệ';
  }
}

/** The schema node that may carry an `x-errorMessages` override for this error. */
function overrideSource(root: SchemaNode, error: ErrorObject, segments: string[]): SchemaNode | undefined {
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    const parent = error.parentSchema as SchemaNode | undefined;
    const last = segments[segments.length - 1];
    return childSchema(root, parent, last) ?? schemaAtDataPath(root, segments);
  }
  return (error.parentSchema as SchemaNode | undefined) ?? schemaAtDataPath(root, segments);
}

function describe(root: SchemaNode, error: ErrorObject): DataFinding {
  const segments = locate(error);
  const label = labelAtDataPath(root, segments);
  const custom = overrideSource(root, error, segments)?.['x-errorMessages'];
  const override = isPlainObject(custom) ? custom[error.keyword] : undefined;
  if (UNKNOWN_FIELD_KEYWORDS.has(error.keyword)) {
    const name = segments[segments.length - 1];
    return { segments, keyword: error.keyword, message: `Trường “${name}” không có trong biểu mẫu` };
  }
  const message = typeof override === 'string' ? override.replace(/\{label\}/g, label) : `${label} ${predicate(root, error, segments)}`;
  return { segments, keyword: error.keyword, message };
}

/**
 * Vietnamese findings for ajv's errors: alternatives collapsed to the branch the data meant,
 * the `if` wrapper dropped (its `then`/`else` errors say what is wrong), duplicates removed.
 */
export function describeErrors(root: SchemaNode, errors: readonly ErrorObject[]): DataFinding[] {
  const findings: DataFinding[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(errors)) {
    if (error.keyword === 'if') continue;
    const finding = describe(root, error);
    const key = finding.segments.join('/') + '\u0000' + finding.message;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}

