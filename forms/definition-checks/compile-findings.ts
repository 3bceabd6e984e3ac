/**
 * Findings for a schema that ajv refuses. ajv explains in English; process designers read
 * Vietnamese, so the usual causes are translated and the rest is named as a technical detail.
 */
import type { ErrorObject } from 'ajv';
import type { FormFinding } from '../definition';
import { toPointer, parsePointer } from '../field-path';

/** Error raised when a definition that was never checked turns out not to compile. */
export class InvalidFormDefinitionError extends Error {
  readonly code = 'FORM_DEFINITION_INVALID';

  constructor(readonly findings: FormFinding[]) {
    super(`Định nghĩa biểu mẫu không hợp lệ: ${findings.map((finding) => finding.message).join('; ')}`);
    this.name = 'InvalidFormDefinitionError';
  }
}

/** `… at path "#/properties/x"` → `/schema/properties/x`. */
function schemaLocation(message: string): string {
  const match = /(?:path|at) "?[^"#\s]*#([^"\s]*)"?/.exec(message);
  return match ? '/schema' + toPointer(parsePointer(match[1])) : '/schema';
}

const TRANSLATIONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/unknown keyword: "([^"]+)"/, (m) => `Từ khóa “${m[1]}” không được hỗ trợ trong lược đồ biểu mẫu`],
  [/unknown format "([^"]+)"/, (m) => `Định dạng “${m[1]}” không được hỗ trợ`],
  [/can't resolve reference (\S+)/, (m) => `Không tìm thấy định nghĩa được tham chiếu ${m[1]}`],
  [/Invalid regular expression: (\S+)/, (m) => `Biểu thức chính quy ${m[1]} không hợp lệ`],
  [/keyword "([^"]+)" value is invalid/, (m) => `Giá trị của từ khóa “${m[1]}” không đúng dạng`],
  [/reference "?([^"\s]+)"? resolves to more than one schema/, (m) => `Định danh ${m[1]} được khai báo nhiều lần trong lược đồ`],
];

/** One finding for the exception ajv threw while compiling. */
export function compileFinding(error: unknown): FormFinding {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return { path: schemaLocation(message), message: translate(match) };
  }
  return { path: '/schema', message: `Lược đồ biểu mẫu không biên dịch được (chi tiết kỹ thuật: ${message})` };
}

const META_PREDICATES: Record<string, (params: Record<string, unknown>) => string> = {
  type: (p) => `phải có kiểu ${Array.isArray(p.type) ? p.type.join(' hoặc ') : String(p.type)}`,
  enum: (p) => `phải là một trong: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
  minimum: (p) => `phải lớn hơn hoặc bằng ${String(p.limit)}`,
  uniqueItems: () => 'có phần tử trùng nhau',
  minItems: (p) => `phải có ít nhất ${String(p.limit)} phần tử`,
  required: (p) => `thiếu từ khóa “${String(p.missingProperty)}”`,
};

/** Findings for a schema that breaks the JSON Schema meta-schema (ajv.validateSchema). */
export function metaSchemaFindings(errors: readonly ErrorObject[]): FormFinding[] {
  const seen = new Set<string>();
  const findings: FormFinding[] = [];
  for (const error of errors) {
    // The meta-schema's anyOf wrappers only repeat what their branches said.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const path = '/schema' + error.instancePath;
    if (seen.has(path)) continue;
    seen.add(path);
    const predicate = META_PREDICATES[error.keyword]?.(error.params as Record<string, unknown>) ?? 'không đúng cú pháp JSON Schema';
    findings.push({ path, message: `Giá trị tại ${error.instancePath || '/'} của lược đồ ${predicate}` });
  }
  return findings;
}
