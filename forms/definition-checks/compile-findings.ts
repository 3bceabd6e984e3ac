/**
 * Findings for a schema that ajv refuses. ajv explains in English; process designers read
 * Vietnamese, so the usual causes are translated and the rest is named as a technical detail.
 */
import type { ErrorObject } from 'ajv';
import type { FormFinding } from '../definition';
import { parsePointer, toPointer } from '../field-path';
import { isPlainObject } from '../json';

/** Error raised when a definition that was never checked turns out not to compile. */
export class InvalidFormDefinitionError extends Error {
  readonly code = 'FORM_DEFINITION_INVALID';

  constructor(readonly findings: FormFinding[]) {
    super(`Định nghĩa biểu mẫu không hợp lệ: ${findings.map((finding) => finding.message).join('; ')}`);
    this.name = 'InvalidFormDefinitionError';
  }
}

/** `… at path "#/properties/x"` → `/schema/properties/x`. */
function pathInMessage(message: string): string | undefined {
  const match = /(?:path|at) "?[^"#\s]*#([^"\s]*)"?/.exec(message);
  return match ? '/schema' + toPointer(parsePointer(match[1])) : undefined;
}

/** The pointer of the first schema object matching `test`, breadth first, so the shallowest wins. */
function locate(schema: unknown, test: (node: Record<string, unknown>) => boolean): string | undefined {
  const queue: { node: unknown; path: string[] }[] = [{ node: schema, path: [] }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (!isPlainObject(next.node) && !Array.isArray(next.node)) continue;
    if (isPlainObject(next.node) && test(next.node)) return '/schema' + toPointer(next.path);
    const entries = Array.isArray(next.node) ? next.node.map((item, i) => [String(i), item] as const) : Object.entries(next.node);
    for (const [key, child] of entries) queue.push({ node: child, path: [...next.path, key] });
  }
  return undefined;
}

type Translation = {
  pattern: RegExp;
  message: (match: RegExpExecArray) => string;
  /** Finds the offending node when ajv's message does not say where it is. */
  where?: (match: RegExpExecArray) => (node: Record<string, unknown>) => boolean;
};

const TRANSLATIONS: Translation[] = [
  {
    pattern: /unknown keyword: "([^"]+)"/,
    message: (m) => `Từ khóa “${m[1]}” không được hỗ trợ trong lược đồ biểu mẫu`,
    where: (m) => (node) => Object.prototype.hasOwnProperty.call(node, m[1]),
  },
  { pattern: /unknown format "([^"]+)"/, message: (m) => `Định dạng “${m[1]}” không được hỗ trợ`, where: (m) => (node) => node.format === m[1] },
  {
    pattern: /can't resolve reference (\S+)/,
    message: (m) => `Không tìm thấy định nghĩa được tham chiếu ${m[1]}`,
    where: (m) => (node) => node.$ref === m[1],
  },
  {
    pattern: /Invalid regular expression: \/(.*)\/u?:/,
    message: (m) => `Biểu thức chính quy ${m[1]} không hợp lệ`,
    where: (m) => (node) => node.pattern === m[1],
  },
  { pattern: /keyword "([^"]+)" value is invalid/, message: (m) => `Giá trị của từ khóa “${m[1]}” không đúng dạng` },
  { pattern: /reference "?([^"\s]+)"? resolves to more than one schema/, message: (m) => `Định danh ${m[1]} được khai báo nhiều lần trong lược đồ` },
];

/** One finding for the exception ajv threw while compiling `schema`. */
export function compileFinding(error: unknown, schema?: unknown): FormFinding {
  const message = error instanceof Error ? error.message : String(error);
  for (const translation of TRANSLATIONS) {
    const match = translation.pattern.exec(message);
    if (!match) continue;
    const located = translation.where && schema !== undefined ? locate(schema, translation.where(match)) : undefined;
    return { path: pathInMessage(message) ?? located ?? '/schema', message: translation.message(match) };
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
