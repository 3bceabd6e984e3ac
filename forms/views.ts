/**
 * Per-step views (khung nhìn theo bước xử lý): which fields a BPMN step shows and lets change
 * (REQUIREMENTS B1, B3). The API enforces a view; the UIs only reflect it.
 *
 * A view's paths are normalised once to field paths, i.e. property names without array levels,
 * so that `children.*.fullName`, `/children/fullName` and `children.fullName` all name the full
 * name of every child, and matching a data path only needs its indices dropped.
 */
import type { FormDefinition, SchemaNode } from './definition';
import { isIndexSegment, parseFieldPath } from './field-path';
import { childSchema, deref, itemsOf, typeOf } from './schema-walk';

/** The view name meaning "everything visible and editable", as is the absence of a view. */
export const ALL_FIELDS_VIEW = '*';

/** A step names a view the form does not define: a configuration fault, caught at publication. */
export class FormViewNotFoundError extends Error {
  readonly code = 'FORM_VIEW_NOT_FOUND';

  constructor(readonly viewName: string) {
    super(`Biểu mẫu không có khung nhìn “${viewName}”`);
    this.name = 'FormViewNotFoundError';
  }
}

/** A view ready for matching field paths (data paths without their array indices). */
export interface ResolvedView {
  readonly name: string;
  /** The field and everything beneath it is visible. */
  isVisible(fieldPath: readonly string[]): boolean;
  /** The field is visible, or something beneath it is. */
  showsAnythingIn(fieldPath: readonly string[]): boolean;
  /** The field and everything beneath it may change. */
  isEditable(fieldPath: readonly string[]): boolean;
  /** The field may change, or something beneath it may. */
  allowsEditsIn(fieldPath: readonly string[]): boolean;
}

/**
 * Normalises one view path against the schema: array levels (`*` or an index) are dropped, `*`
 * over an object's properties stays a wildcard, and `*` alone means the whole form.
 */
export function normalizeViewPath(schema: SchemaNode, path: string): string[] {
  const segments = parseFieldPath(path);
  if (segments.length === 1 && segments[0] === '*') return [];
  const normalised: string[] = [];
  let node: SchemaNode | undefined = deref(schema, schema);
  for (const segment of segments) {
    if (node && typeOf(node) === 'array') {
      node = itemsOf(schema, node);
      if (segment === '*' || isIndexSegment(segment)) continue;
    } else if (!node && isIndexSegment(segment)) continue;
    normalised.push(segment);
    node = segment === '*' ? undefined : childSchema(schema, node, segment);
  }
  return normalised;
}

/** A normalised view path covers a field path when it names it or a field above it. */
export function viewPathCovers(pattern: readonly string[], fieldPath: readonly string[]): boolean {
  return pattern.length <= fieldPath.length && pattern.every((segment, i) => segment === '*' || segment === fieldPath[i]);
}

function reachesBelow(pattern: readonly string[], fieldPath: readonly string[]): boolean {
  return fieldPath.length < pattern.length && fieldPath.every((segment, i) => pattern[i] === '*' || pattern[i] === segment);
}

const EVERYTHING: ResolvedView = {
  name: ALL_FIELDS_VIEW,
  isVisible: () => true,
  showsAnythingIn: () => true,
  isEditable: () => true,
  allowsEditsIn: () => true,
};

/**
 * The view a step uses. No name, or `*`, gives everything. A name the definition lacks throws
 * FormViewNotFoundError rather than falling back to everything, so a mistyped view never opens
 * every field to an officer.
 */
export function resolveView(definition: FormDefinition, viewName?: string): ResolvedView {
  if (viewName === undefined || viewName === ALL_FIELDS_VIEW) return EVERYTHING;
  const view = definition.views?.[viewName];
  if (!view || !Object.prototype.hasOwnProperty.call(definition.views, viewName)) {
    throw new FormViewNotFoundError(viewName);
  }
  const visible = (view.visible ?? []).map((path) => normalizeViewPath(definition.schema, path));
  const editable = (view.editable ?? []).map((path) => normalizeViewPath(definition.schema, path));
  const isVisible = (fieldPath: readonly string[]) => visible.some((pattern) => viewPathCovers(pattern, fieldPath));
  const isEditable = (fieldPath: readonly string[]) =>
    isVisible(fieldPath) && editable.some((pattern) => viewPathCovers(pattern, fieldPath));
  return {
    name: viewName,
    isVisible,
    showsAnythingIn: (fieldPath) => visible.some((p) => viewPathCovers(p, fieldPath) || reachesBelow(p, fieldPath)),
    isEditable,
    allowsEditsIn: (fieldPath) =>
      isEditable(fieldPath) || editable.some((pattern) => reachesBelow(pattern, fieldPath)),
  };
}

/** True when the definition can serve this view name (for the publication check of BPMN steps). */
export function hasFormView(definition: FormDefinition, viewName: string): boolean {
  return viewName === ALL_FIELDS_VIEW || (definition.views !== undefined && Object.prototype.hasOwnProperty.call(definition.views, viewName));
}
