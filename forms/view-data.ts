/**
 * Applying a step's view to dossier data: what the step may read, which changes it attempted
 * outside its editable fields, and the data after accepting only the allowed changes.
 */
import type { FormDefinition, FormFinding } from './definition';
import { toPointer } from './field-path';
import { deepClone, deepEqual, isPlainObject } from './json';
import { labelAtDataPath } from './labels';
import { fieldPathOf } from './schema-walk';
import type { ResolvedView } from './views';
import { resolveView } from './views';

const OMITTED = Symbol('omitted');

function project(view: ResolvedView, value: unknown, dataPath: string[]): unknown {
  const fieldPath = fieldPathOf(dataPath);
  if (view.isVisible(fieldPath)) return deepClone(value);
  if (!view.showsAnythingIn(fieldPath)) return OMITTED;
  if (Array.isArray(value)) {
    // Items keep their positions so that paths stay valid; an item with nothing visible is {}.
    return value.map((item, index) => {
      const projected = project(view, item, [...dataPath, String(index)]);
      return projected === OMITTED ? {} : projected;
    });
  }
  if (!isPlainObject(value)) return OMITTED;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const projected = project(view, item, [...dataPath, key]);
    if (projected !== OMITTED) result[key] = projected;
  }
  return result;
}

/** Only the data a step may see; hidden fields are absent. Never mutates `data`. */
export function applyView(definition: FormDefinition, viewName: string | undefined, data: unknown): Record<string, unknown> {
  const projected = project(resolveView(definition, viewName), data ?? {}, []);
  return isPlainObject(projected) ? projected : {};
}

/** Options for comparing data before and after a step. */
export interface CheckEditableOptions {
  /** Prefix of every finding's path, as in the API's error details. */
  basePath?: string;
}

/**
 * Findings for every field whose value differs between `before` and `after` although the view
 * does not let the step edit it. Compare like with like: both complete, or both as the step saw
 * them (`applyView(before)` against what the client sent).
 */
export function checkEditable(
  definition: FormDefinition,
  viewName: string | undefined,
  before: unknown,
  after: unknown,
  options: CheckEditableOptions = {},
): FormFinding[] {
  const view = resolveView(definition, viewName);
  const basePath = options.basePath ?? '/formData';
  const findings: FormFinding[] = [];
  const visit = (previous: unknown, next: unknown, dataPath: string[]): void => {
    if (deepEqual(previous, next) || view.isEditable(fieldPathOf(dataPath))) return;
    // Descend to the leaves, so that each finding names the one field that must not change.
    if ((isPlainObject(previous) || previous == null) && (isPlainObject(next) || next == null) && (previous != null || next != null)) {
      const a = (previous ?? {}) as Record<string, unknown>;
      const b = (next ?? {}) as Record<string, unknown>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) visit(a[key], b[key], [...dataPath, key]);
      return;
    }
    if ((Array.isArray(previous) || previous == null) && (Array.isArray(next) || next == null)) {
      const a = (previous ?? []) as unknown[];
      const b = (next ?? []) as unknown[];
      for (let i = 0; i < Math.max(a.length, b.length); i++) visit(a[i], b[i], [...dataPath, String(i)]);
      return;
    }
    const message = `${labelAtDataPath(definition.schema, dataPath)} không được phép thay đổi ở bước này`;
    findings.push({ path: basePath + toPointer(dataPath), message });
  };
  visit(before ?? {}, after ?? {}, []);
  return findings;
}

function merge(view: ResolvedView, previous: unknown, submitted: unknown, dataPath: string[]): unknown {
  const fieldPath = fieldPathOf(dataPath);
  if (view.isEditable(fieldPath)) return deepClone(submitted);
  if (!view.allowsEditsIn(fieldPath)) return deepClone(previous);
  if (Array.isArray(previous)) {
    // Only some fields of each item may change, so items can be neither added nor removed.
    const items = Array.isArray(submitted) ? submitted : [];
    return previous.map((item, index) => merge(view, item, items[index], [...dataPath, String(index)]));
  }
  if (Array.isArray(submitted)) return deepClone(previous);
  const base = isPlainObject(previous) ? previous : {};
  const incoming = isPlainObject(submitted) ? submitted : {};
  const result: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(incoming)])) {
    const merged = merge(view, base[key], incoming[key], [...dataPath, key]);
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

/**
 * The data after a step: editable fields as submitted (an editable field left out is cleared),
 * everything else as before. What the client sent outside its editable fields is ignored here;
 * report it with `checkEditable` first.
 */
export function mergeEditable(
  definition: FormDefinition,
  viewName: string | undefined,
  before: unknown,
  submitted: unknown,
): Record<string, unknown> {
  const merged = merge(resolveView(definition, viewName), before ?? {}, submitted ?? {}, []);
  return isPlainObject(merged) ? merged : {};
}
