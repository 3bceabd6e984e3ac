/**
 * The parts of a field model that depend on its value: the text people read, the input
 * constraints, and whether a `visibleWhen` condition holds.
 */
import type { FieldOption, LayoutField, SchemaNode, WidgetKind } from './definition';
import { getAt, isIndexSegment, parseFieldPath } from './field-path';
import { formatDisplayDate } from './formats/dates';
import { deepEqual, isPlainObject } from './json';
import { displayScalar, optionLabel } from './labels';
import type { FieldConstraints } from './model-types';

const CONSTRAINT_KEYWORDS = [
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'format',
] as const;

/** The constraints of a schema node a renderer can enforce while typing. */
export function constraintsOf(node: SchemaNode): FieldConstraints {
  const constraints: Record<string, unknown> = {};
  for (const keyword of CONSTRAINT_KEYWORDS) if (node[keyword] !== undefined) constraints[keyword] = node[keyword];
  return constraints as FieldConstraints;
}

/** The value as people read it: dd/mm/yyyy, option labels, Có/Không, Vietnamese numbers. */
export function displayValueOf(widget: WidgetKind, node: SchemaNode, value: unknown, options: FieldOption[] | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    return widget === 'checkboxes' ? value.map((item) => optionLabel(options, item)).join(', ') : '';
  }
  if (isPlainObject(value)) return '';
  if (typeof value === 'string' && (widget === 'date' || node.format === 'date')) return formatDisplayDate(value);
  if (options) return optionLabel(options, value);
  return displayScalar(value);
}

/**
 * Whether a `visibleWhen` condition holds. Each `*` in its path stands for the index of the
 * array item being drawn, outermost first, so an item's field can depend on its sibling.
 */
export function conditionHolds(condition: LayoutField['visibleWhen'], data: unknown, dataPath: readonly string[]): boolean {
  if (!condition) return true;
  const indices = dataPath.filter(isIndexSegment);
  let next = 0;
  const segments = parseFieldPath(condition.path).map((segment) => (segment === '*' ? (indices[next++] ?? segment) : segment));
  const actual = getAt(data, segments);
  const accepted = Array.isArray(condition.equals) ? condition.equals : [condition.equals];
  return accepted.some((candidate) => deepEqual(candidate, actual));
}
