/**
 * How fields and values are named for people: the schema `title` (the property name when there is
 * none), qualified by the array item it sits in, and the labels of enumerated values.
 */
import type { FieldOption, SchemaNode } from './definition';
import { isIndexSegment } from './field-path';
import type { JsonValue } from './json';
import { isPlainObject } from './json';
import { childSchema, deref, itemsOf, typeOf } from './schema-walk';

/** "thứ nhất", "thứ 2", … as written on Vietnamese forms. */
export function ordinal(position: number): string {
  return position === 1 ? 'thứ nhất' : `thứ ${position}`;
}

/** The label of a field: its title, else its property name. */
export function titleOf(node: SchemaNode | undefined, key: string): string {
  return typeof node?.title === 'string' && node.title.trim() !== '' ? node.title : key;
}

/** The name of one item of an array: the items' title, else the array's. */
export function itemNameOf(root: SchemaNode, arrayNode: SchemaNode | undefined, key: string): string {
  const items = itemsOf(root, arrayNode);
  return typeof items?.title === 'string' && items.title !== '' ? items.title : titleOf(arrayNode, key);
}

/**
 * The label of the value at a data path, naming the array item it belongs to:
 * `/children/1/fullName` → "Họ, chữ đệm và tên (Người con thứ 2)".
 */
export function labelAtDataPath(root: SchemaNode, segments: readonly string[]): string {
  let node: SchemaNode | undefined = deref(root, root);
  let lastKey = '';
  let itemContext: string | undefined;
  let label = titleOf(node, 'Biểu mẫu');
  for (const segment of segments) {
    const parent = node;
    node = childSchema(root, parent, segment);
    if (isIndexSegment(segment) && typeOf(parent) === 'array') {
      itemContext = `${itemNameOf(root, parent, lastKey)} ${ordinal(Number(segment) + 1)}`;
      label = itemContext;
    } else {
      lastKey = segment;
      label = titleOf(node, segment);
    }
  }
  const endsOnItem = segments.length > 0 && isIndexSegment(segments[segments.length - 1]);
  return itemContext && !endsOnItem ? `${itemContext}: ${label}` : label;
}

/**
 * The labelled values a field accepts, from `enum` with `x-enumLabels`, or from `oneOf`/`anyOf`
 * branches of `{ const, title }`. An array of such values (a multi-choice) reads its items.
 */
export function optionsOf(root: SchemaNode, node: SchemaNode | undefined): FieldOption[] | undefined {
  if (!node) return undefined;
  if (typeOf(node) === 'array') return optionsOf(root, itemsOf(root, node));
  if (Array.isArray(node.enum)) {
    const labels = node['x-enumLabels'];
    return node.enum.map((value, index) => ({ value, label: labels?.[index] ?? displayScalar(value) }));
  }
  const branches = node.oneOf ?? node.anyOf;
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const options: FieldOption[] = [];
  for (const branch of branches) {
    const resolved = deref(root, branch);
    if (!resolved || !('const' in resolved)) return undefined;
    options.push({ value: resolved.const as JsonValue, label: titleOf(resolved, displayScalar(resolved.const)) });
  }
  return options;
}

/** The label of one value among a field's options, or the value itself when it has none. */
export function optionLabel(options: FieldOption[] | undefined, value: unknown): string {
  const found = options?.find((option) => option.value === value);
  return found ? found.label : displayScalar(value);
}

/** A short text for a scalar value in a message or a read-only cell. */
export function displayScalar(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumberVi(value);
  if (typeof value === 'string') return value;
  return isPlainObject(value) || Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** Numbers the Vietnamese way: 1.500.000 and 2,5. */
export function formatNumberVi(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(value);
}
