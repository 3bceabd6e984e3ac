/**
 * Limits that keep a hostile or careless schema from hurting the server (the catalogue issue's
 * "schema bombs"): deep nesting, huge enumerations, regular expressions that backtrack without
 * end, remote or recursive references. They run before ajv ever sees the schema, iteratively,
 * so that even a million-level nesting cannot overflow the stack here.
 */
import type { FormFinding } from '../definition';
import { parsePointer, toPointer } from '../field-path';
import { isPlainObject } from '../json';
import { AUTOFILL_NAMESPACES } from '../autofill';

/** Limits generous for any real administrative form, far below what hurts the server. */
export const SCHEMA_LIMITS = {
  maxDepth: 40,
  maxNodes: 20000,
  maxEnumValues: 2000,
  maxAlternatives: 500,
  maxPatternLength: 500,
} as const;

/** A group holding a quantifier, itself repeated: `(a+)+`, `(\d*)*`: exponential backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/;

/** What a JSON value is within a schema: a schema, a map of names to schemas, a list of schemas, or data. */
type Kind = 'schema' | 'names' | 'list' | 'data';

const NAME_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);
const SUBSCHEMAS = new Set([
  'items', 'not', 'if', 'then', 'else', 'additionalProperties', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

interface Visit {
  value: unknown;
  path: string[];
  kind: Kind;
}

function childKind(parent: Kind, key: string): Kind {
  if (parent === 'names' || parent === 'list') return 'schema';
  if (parent === 'data') return 'data';
  if (NAME_MAPS.has(key)) return 'names';
  if (SUBSCHEMA_LISTS.has(key)) return 'list';
  return SUBSCHEMAS.has(key) ? 'schema' : 'data';
}

function refFindings(refs: Map<string, string[]>): FormFinding[] {
  // A reference is recursive when its target contains, directly or through other targets, a
  // reference back to itself; forms have no use for recursion and walkers would loop on it.
  const targets = [...new Set([...refs.values()].flat())];
  const inside = (target: string) => [...refs.entries()].filter(([at]) => at === target || at.startsWith(target + '/') || target === '').flatMap(([, to]) => to);
  const findings: FormFinding[] = [];
  for (const start of targets) {
    const seen = new Set<string>();
    const stack = [...inside(start)];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === start) {
        findings.push({ path: '/schema' + start, message: `Lược đồ tham chiếu vòng tới ${'#' + start}: biểu mẫu không hỗ trợ cấu trúc đệ quy` });
        break;
      }
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(...inside(next));
      }
    }
  }
  return findings;
}

function keywordFindings(node: Record<string, unknown>, at: string): FormFinding[] {
  const findings: FormFinding[] = [];
  if (Array.isArray(node.enum) && node.enum.length > SCHEMA_LIMITS.maxEnumValues) {
    findings.push({ path: at + '/enum', message: `Danh sách giá trị (enum) có ${node.enum.length} phần tử, vượt giới hạn ${SCHEMA_LIMITS.maxEnumValues}` });
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    const list = node[keyword];
    if (Array.isArray(list) && list.length > SCHEMA_LIMITS.maxAlternatives) {
      findings.push({ path: `${at}/${keyword}`, message: `Từ khóa ${keyword} có ${list.length} phương án, vượt giới hạn ${SCHEMA_LIMITS.maxAlternatives}` });
    }
  }
  if (typeof node.pattern === 'string') {
    if (node.pattern.length > SCHEMA_LIMITS.maxPatternLength) {
      findings.push({ path: at + '/pattern', message: `Biểu thức chính quy dài quá ${SCHEMA_LIMITS.maxPatternLength} ký tự` });
    } else if (NESTED_QUANTIFIER.test(node.pattern)) {
      findings.push({ path: at + '/pattern', message: `Biểu thức chính quy ${node.pattern} có lượng từ lồng nhau, có thể làm máy chủ treo; hãy viết lại` });
    }
  }
  if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
    findings.push({ path: at + '/$ref', message: `Chỉ được tham chiếu ($ref) tới định nghĩa trong cùng lược đồ, không tới ${node.$ref}` });
  }
  const labels = node['x-enumLabels'];
  if (Array.isArray(labels) && (!Array.isArray(node.enum) || node.enum.length !== labels.length)) {
    findings.push({ path: at + '/x-enumLabels', message: 'Số nhãn (x-enumLabels) phải bằng số giá trị của enum' });
  }
  const autofill = node['x-autofill'];
  for (const source of Array.isArray(autofill) ? autofill : autofill === undefined ? [] : [autofill]) {
    if (typeof source === 'string' && !AUTOFILL_NAMESPACES.some((ns) => source.startsWith(ns + '.'))) {
      findings.push({ path: at + '/x-autofill', message: `Nguồn điền sẵn “${source}” phải bắt đầu bằng identity. hoặc personalData.` });
    }
  }
  return findings;
}

/**
 * Findings for a schema that is too large, too deep, or unsafe. Stops counting at the first
 * exceeded size limit, since a bomb's every node would otherwise become a finding.
 */
export function schemaLimitFindings(schema: unknown): FormFinding[] {
  const findings: FormFinding[] = [];
  const refs = new Map<string, string[]>();
  const stack: Visit[] = [{ value: schema, path: [], kind: 'schema' }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, kind } = stack.pop() as Visit;
    if (++nodes > SCHEMA_LIMITS.maxNodes) {
      return [{ path: '/schema', message: `Lược đồ quá lớn: vượt ${SCHEMA_LIMITS.maxNodes} nút` }];
    }
    if (path.length > SCHEMA_LIMITS.maxDepth) {
      return [{ path: '/schema' + toPointer(path), message: `Lược đồ lồng nhau quá sâu: vượt ${SCHEMA_LIMITS.maxDepth} cấp` }];
    }
    if (kind === 'schema' && isPlainObject(value)) {
      findings.push(...keywordFindings(value, '/schema' + toPointer(path)));
      if (typeof value.$ref === 'string' && value.$ref.startsWith('#')) {
        const from = toPointer(path);
        refs.set(from, [...(refs.get(from) ?? []), toPointer(parsePointer(decodeURIComponent(value.$ref.slice(1))))]);
      }
    }
    if (kind === 'names' && path[path.length - 1] === 'properties' && isPlainObject(value)) {
      for (const key of Object.keys(value).filter((name) => /^\d+$/.test(name))) {
        findings.push({ path: '/schema' + toPointer([...path, key]), message: `Tên trường “${key}” không được chỉ gồm chữ số (trùng với chỉ số của danh sách)` });
      }
    }
    const children = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : isPlainObject(value) ? Object.entries(value) : [];
    for (const [key, child] of children) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key], kind: childKind(kind, key) });
    }
  }
  return [...findings, ...refFindings(refs)];
}
