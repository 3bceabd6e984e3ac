/**
 * Tidying data before validation, on the server and in the browsers alike: people type phone
 * numbers with spaces, dates as dd/mm/yyyy and leave optional inputs as ''. Normalising first
 * means those spellings are accepted and stored one way, and only real mistakes are reported.
 */
import type { FormDefinition, SchemaNode } from './definition';
import { normalizeCitizenId } from './formats/citizen-id';
import { isIsoDate, parseDisplayDate } from './formats/dates';
import { FORMAT_NAMES } from './formats/format-names';
import { normalizePhoneNumber } from './formats/phone';
import { normalizeTaxCode } from './formats/tax-code';
import { isPlainObject } from './json';
import { childSchema, deref } from './schema-walk';

function normalizeString(node: SchemaNode | undefined, value: string): string {
  const text = value.trim();
  switch (node?.format) {
    case FORMAT_NAMES.phone:
      return normalizePhoneNumber(text) ?? text;
    case FORMAT_NAMES.taxCode:
      return normalizeTaxCode(text) ?? text;
    case FORMAT_NAMES.citizenId:
    case FORMAT_NAMES.oldIdNumber:
      return normalizeCitizenId(text);
    case FORMAT_NAMES.date:
      return isIsoDate(text) ? text : (parseDisplayDate(text) ?? text);
    default:
      return text;
  }
}

function normalizeValue(root: SchemaNode, node: SchemaNode | undefined, value: unknown): unknown {
  if (typeof value === 'string') return normalizeString(node, value);
  if (Array.isArray(value)) return value.map((item, index) => normalizeValue(root, childSchema(root, node, String(index)), item));
  if (!isPlainObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const normalised = normalizeValue(root, childSchema(root, node, key), item);
    // An empty input is an unanswered question, not an answer: leave the property out.
    if (normalised === '' || normalised === null || normalised === undefined) continue;
    result[key] = normalised;
  }
  return result;
}

/**
 * A tidied copy of form data: strings trimmed, phone numbers, tax codes, personal numbers and
 * dd/mm/yyyy dates put in their wire form, empty and null properties removed. Values that cannot
 * be tidied stay as typed, so validation still names them.
 */
export function normalizeFormData(definition: FormDefinition, data: unknown): Record<string, unknown> {
  const root = definition.schema;
  const normalised = normalizeValue(root, deref(root, root), data ?? {});
  return isPlainObject(normalised) ? normalised : {};
}
