/**
 * Widgets: which one a field gets when the layout does not say, and which JSON types each can
 * edit (the definition check refuses a date picker on a number).
 */
import type { SchemaNode, SchemaType, WidgetKind } from './definition';
import { FORMAT_NAMES } from './formats/format-names';
import { optionsOf } from './labels';
import { itemsOf, typeOf } from './schema-walk';

/** Every widget a renderer must implement. */
export const WIDGET_KINDS: readonly WidgetKind[] = [
  'text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'checkboxes', 'file',
  'cccd', 'phone', 'taxCode', 'email', 'postalCode', 'address', 'group', 'array',
];

const FORMAT_WIDGETS: Readonly<Record<string, WidgetKind>> = {
  [FORMAT_NAMES.date]: 'date',
  [FORMAT_NAMES.citizenId]: 'cccd',
  [FORMAT_NAMES.oldIdNumber]: 'text',
  [FORMAT_NAMES.phone]: 'phone',
  [FORMAT_NAMES.taxCode]: 'taxCode',
  [FORMAT_NAMES.postalCode]: 'postalCode',
  email: 'email',
};

/** Strings longer than this are written in a textarea rather than a one-line input. */
const TEXTAREA_FROM_LENGTH = 500;

/** The JSON types each widget can edit. */
export const WIDGET_TYPES: Readonly<Record<WidgetKind, readonly SchemaType[]>> = {
  text: ['string', 'number', 'integer'],
  textarea: ['string'],
  number: ['number', 'integer'],
  date: ['string'],
  select: ['string', 'number', 'integer', 'boolean'],
  radio: ['string', 'number', 'integer', 'boolean'],
  checkbox: ['boolean'],
  checkboxes: ['array'],
  file: ['string', 'array'],
  cccd: ['string'],
  phone: ['string'],
  taxCode: ['string'],
  email: ['string'],
  postalCode: ['string'],
  address: ['object', 'string'],
  group: ['object'],
  array: ['array'],
};

/** The widget a field gets from its schema alone. */
export function defaultWidget(root: SchemaNode, node: SchemaNode): WidgetKind {
  const type = typeOf(node);
  if (type === 'array') return optionsOf(root, itemsOf(root, node)) ? 'checkboxes' : 'array';
  if (type === 'object') return 'group';
  if (type === 'boolean') return 'checkbox';
  if (optionsOf(root, node)) return 'select';
  if (type === 'number' || type === 'integer') return 'number';
  if (typeof node.format === 'string' && FORMAT_WIDGETS[node.format]) return FORMAT_WIDGETS[node.format];
  if ((node.maxLength ?? 0) > TEXTAREA_FROM_LENGTH) return 'textarea';
  return 'text';
}
