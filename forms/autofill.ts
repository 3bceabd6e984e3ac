/**
 * Autofill (điền sẵn) from the applicant's identity and personal data store (REQUIREMENTS B4, C9).
 * A field names its sources with `x-autofill` in the schema or `autofill` in the layout, best
 * first. What the person already typed always wins; a source value that would not be valid for
 * the field (an unknown option, a malformed number) is skipped rather than filled in.
 */
import type { FormDefinition, LayoutField, SchemaNode } from './definition';
import { layoutPages } from './default-layout';
import { getAt, parseFieldPath, toPointer } from './field-path';
import { isCitizenId, normalizeCitizenId } from './formats/citizen-id';
import { isIsoDate, parseDisplayDate } from './formats/dates';
import { FORMAT_NAMES } from './formats/format-names';
import { normalizePhoneNumber } from './formats/phone';
import { normalizeTaxCode } from './formats/tax-code';
import { deepClone, isEmptyValue, isPlainObject } from './json';
import { optionsOf } from './labels';
import { deref, propertiesOf, schemaAtDataPath, typeOf } from './schema-walk';

/**
 * Where values come from. `identity` holds the claims of the signed-in citizen (VNeID / national
 * portal SSO): fullName, idNumber, birthDate, gender, phone, email, address. `personalData` holds
 * what the personal data store (kho dữ liệu cá nhân) kept from earlier dossiers.
 */
export interface AutofillSources {
  identity?: Record<string, unknown>;
  personalData?: Record<string, unknown>;
}

/** The filled data and what was filled from where, so a UI can mark those fields. */
export interface AutofillResult {
  data: Record<string, unknown>;
  filled: { path: string; source: string }[];
}

/** Source namespaces a definition may name. */
export const AUTOFILL_NAMESPACES = ['identity', 'personalData'] as const;

/** Schema nesting deeper than this is not searched for autofill declarations. */
const MAX_DEPTH = 16;

type Target = { dataPath: string[]; sources: string[] };

function asList(declared: string | string[] | undefined): string[] | undefined {
  return declared === undefined ? undefined : Array.isArray(declared) ? declared : [declared];
}

function schemaTargets(root: SchemaNode, node: SchemaNode | undefined, dataPath: string[], into: Map<string, Target>): void {
  if (!node || dataPath.length > MAX_DEPTH) return;
  // Arrays are not entered: how many items to create is the person's decision.
  for (const [key, child] of propertiesOf(root, node)) {
    const path = [...dataPath, key];
    const sources = asList(child['x-autofill']);
    if (sources) into.set(toPointer(path), { dataPath: path, sources });
    if (typeOf(child) === 'object') schemaTargets(root, child, path, into);
  }
}

function layoutTargets(definition: FormDefinition, into: Map<string, Target>): void {
  const visit = (field: LayoutField | string, base: string[]) => {
    if (typeof field === 'string') return;
    const path = [...base, ...parseFieldPath(field.path)];
    const sources = asList(field.autofill);
    if (sources) into.set(toPointer(path), { dataPath: path, sources });
    if (typeOf(schemaAtDataPath(definition.schema, path)) === 'object') field.fields?.forEach((child) => visit(child, path));
  };
  for (const page of layoutPages(definition)) for (const section of page.sections) section.fields.forEach((field) => visit(field, []));
}

/** The source value made fit for the field, or undefined when it does not fit. */
function fit(root: SchemaNode, node: SchemaNode, value: unknown): unknown {
  if (isEmptyValue(value)) return undefined;
  const type = typeOf(node);
  if (type === 'object') {
    if (!isPlainObject(value)) return undefined;
    const result: Record<string, unknown> = {};
    for (const [key, child] of propertiesOf(root, node)) {
      const fitted = fit(root, child, value[key]);
      if (fitted !== undefined) result[key] = fitted;
    }
    return Object.keys(result).length > 0 ? result : undefined;
  }
  if (type === 'array') return Array.isArray(value) && value.length > 0 ? deepClone(value) : undefined;
  let fitted: unknown = value;
  if (type === 'string') fitted = fitString(node, typeof value === 'number' ? String(value) : value);
  else if (type === 'number' || type === 'integer') {
    fitted = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof fitted !== 'number' || Number.isNaN(fitted) || (type === 'integer' && !Number.isInteger(fitted))) return undefined;
  } else if (type === 'boolean' && typeof value !== 'boolean') return undefined;
  const options = optionsOf(root, node);
  return options && !options.some((option) => option.value === fitted) ? undefined : fitted;
}

function fitString(node: SchemaNode, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  switch (node.format) {
    case FORMAT_NAMES.date:
      return isIsoDate(text) ? text : parseDisplayDate(text);
    case FORMAT_NAMES.phone:
      return normalizePhoneNumber(text);
    case FORMAT_NAMES.taxCode:
      return normalizeTaxCode(text);
    case FORMAT_NAMES.citizenId:
      return isCitizenId(normalizeCitizenId(text)) ? normalizeCitizenId(text) : undefined;
    default:
      return text;
  }
}

/** Fills the empty parts of `current` from `incoming`; true when anything was filled. */
function fillEmpty(current: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (isPlainObject(current[key]) && isPlainObject(value)) changed = fillEmpty(current[key], value) || changed;
    else if (isEmptyValue(current[key])) {
      current[key] = value;
      changed = true;
    }
  }
  return changed;
}

/** The object that holds the value at `dataPath`, created on the way when missing. */
function holderOf(data: Record<string, unknown>, dataPath: string[]): Record<string, unknown> | undefined {
  let holder = data;
  for (const segment of dataPath.slice(0, -1)) {
    if (holder[segment] === undefined || holder[segment] === null) holder[segment] = {};
    if (!isPlainObject(holder[segment])) return undefined;
    holder = holder[segment];
  }
  return holder;
}

/** Fills the fields that declare a source, never overwriting what `current` already holds. */
export function autofill(definition: FormDefinition, sources: AutofillSources, current: unknown): AutofillResult {
  const root = definition.schema;
  const data = isPlainObject(current) ? deepClone(current) : {};
  const targets = new Map<string, Target>();
  schemaTargets(root, deref(root, root), [], targets);
  layoutTargets(definition, targets);
  const filled: AutofillResult['filled'] = [];
  for (const [pointer, target] of targets) {
    const node = schemaAtDataPath(root, target.dataPath);
    if (!node) continue;
    for (const source of target.sources) {
      const value = fit(root, node, getAt(sources, parseFieldPath(source)));
      if (value === undefined) continue;
      const holder = holderOf(data, target.dataPath);
      if (!holder) break;
      const key = target.dataPath[target.dataPath.length - 1];
      const existing = holder[key];
      let changed = false;
      if (isPlainObject(existing) && isPlainObject(value)) changed = fillEmpty(existing, value);
      else if (isEmptyValue(existing)) {
        holder[key] = value;
        changed = true;
      }
      if (changed) filled.push({ path: pointer, source });
      break;
    }
  }
  return { data, filled };
}
