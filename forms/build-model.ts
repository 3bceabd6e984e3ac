/**
 * buildFormModel: the definition, a step's view, the data and the server's findings, turned into
 * the ordered model both Angular apps render (see model-types.ts).
 */
import type { FormDefinition, FormFinding, LayoutField, LayoutFieldEntry, SchemaNode } from './definition';
import { layoutPages, formTitle } from './default-layout';
import { conditionHolds, constraintsOf, displayValueOf } from './field-display';
import { getAt, parseFieldPath, parsePointer, toDotted, toPointer } from './field-path';
import type { JsonValue } from './json';
import { itemNameOf, optionsOf, ordinal, titleOf } from './labels';
import type { FieldModel, FormModel, ItemModel, PageModel, SectionModel } from './model-types';
import { fieldPathOf, itemsOf, propertiesOf, requiredOf, schemaAtDataPath, typeOf } from './schema-walk';
import type { ResolvedView } from './views';
import { resolveView } from './views';
import { defaultWidget } from './widgets';

/** What to build the model from. */
export interface BuildFormModelOptions {
  /** The step's view; absent or `*` shows everything. */
  view?: string;
  /** The current form data. */
  data?: unknown;
  /** Findings from validateFormData (or the API's error details). */
  errors?: readonly FormFinding[];
  /** The prefix the findings' paths carry; `/formData` as the API uses. */
  basePath?: string;
}

interface BuildContext {
  root: SchemaNode;
  view: ResolvedView;
  data: unknown;
  errors: Map<string, string[]>;
  shown: Set<string>;
}

function asLayoutField(entry: LayoutFieldEntry): LayoutField {
  return typeof entry === 'string' ? { path: entry } : entry;
}

function errorAt(context: BuildContext, pointer: string): string | undefined {
  context.shown.add(pointer);
  return context.errors.get(pointer)?.[0];
}

function autofillOf(field: LayoutField, node: SchemaNode): string[] | undefined {
  const declared = field.autofill ?? node['x-autofill'];
  if (declared === undefined) return undefined;
  return Array.isArray(declared) ? declared : [declared];
}

function buildField(context: BuildContext, entry: LayoutFieldEntry, base: string[], inheritedLabel?: string): FieldModel | undefined {
  const field = asLayoutField(entry);
  const dataPath = [...base, ...parseFieldPath(field.path)];
  const fieldPath = fieldPathOf(dataPath);
  const node = schemaAtDataPath(context.root, dataPath);
  if (!node || !context.view.showsAnythingIn(fieldPath)) return undefined;
  const key = dataPath[dataPath.length - 1] ?? '';
  const parent = schemaAtDataPath(context.root, dataPath.slice(0, -1));
  const widget = field.widget ?? defaultWidget(context.root, node);
  const options = field.options ?? optionsOf(context.root, node);
  const value = getAt(context.data, dataPath) as JsonValue | undefined;
  const pointer = toPointer(dataPath);
  const model: FieldModel = {
    key,
    path: pointer,
    fieldPath: toDotted(fieldPath),
    label: field.label ?? inheritedLabel ?? titleOf(node, key),
    widget,
    required: typeOf(parent) === 'object' && requiredOf(context.root, parent).has(key),
    readonly: !context.view.isEditable(fieldPath) || node.readOnly === true || field.readonly === true,
    hidden: !conditionHolds(field.visibleWhen, context.data, dataPath),
    displayValue: displayValueOf(widget, node, value, options),
    constraints: constraintsOf(node),
  };
  withOptional(model, {
    valueType: typeOf(node),
    value,
    help: field.help ?? node.description,
    placeholder: field.placeholder,
    width: field.width,
    rows: field.rows,
    component: field.component,
    options,
    autofill: autofillOf(field, node),
    error: errorAt(context, pointer),
  });
  if (typeOf(node) === 'object') {
    const entries = field.fields ?? [...propertiesOf(context.root, node).keys()];
    model.children = entries.map((child) => buildField(context, child, dataPath)).filter((child) => child !== undefined);
  } else if (widget === 'array') {
    addItems(context, model, field, node, dataPath, value);
  }
  return model;
}

function buildItem(context: BuildContext, field: LayoutField, node: SchemaNode, dataPath: string[], index: number): ItemModel {
  const itemPath = [...dataPath, String(index)];
  const items = itemsOf(context.root, node);
  const label = `${field.itemLabel ?? itemNameOf(context.root, node, dataPath[dataPath.length - 1] ?? '')} ${ordinal(index + 1)}`;
  const fields =
    typeOf(items) === 'object'
      ? (field.fields ?? [...propertiesOf(context.root, items).keys()]).map((child) => buildField(context, child, itemPath))
      : [buildField(context, { path: '' }, itemPath, label)];
  const item: ItemModel = { index, path: toPointer(itemPath), label, fields: fields.filter((f) => f !== undefined) };
  const error = errorAt(context, item.path);
  if (error) item.error = error;
  return item;
}

function addItems(context: BuildContext, model: FieldModel, field: LayoutField, node: SchemaNode, dataPath: string[], value: unknown): void {
  const count = Array.isArray(value) ? value.length : 0;
  model.items = Array.from({ length: count }, (_, index) => buildItem(context, field, node, dataPath, index));
  model.itemTemplate = buildItem(context, field, node, dataPath, count);
  model.canAddItem = !model.readonly && (node.maxItems === undefined || count < node.maxItems);
  model.canRemoveItem = !model.readonly && count > (node.minItems ?? 0);
}

function groupErrors(errors: readonly FormFinding[], basePath: string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const finding of errors) {
    const pointer = finding.path.startsWith(basePath) ? finding.path.slice(basePath.length) : finding.path;
    grouped.set(pointer, [...(grouped.get(pointer) ?? []), finding.message]);
  }
  return grouped;
}

/** Errors no rendered field shows, except those about fields this step cannot see. */
function looseErrors(context: BuildContext, errors: readonly FormFinding[], basePath: string): FormFinding[] {
  return errors.filter((finding) => {
    const pointer = finding.path.startsWith(basePath) ? finding.path.slice(basePath.length) : finding.path;
    if (context.shown.has(pointer)) return false;
    const segments = parsePointer(pointer);
    const declared = schemaAtDataPath(context.root, segments) !== undefined;
    return !declared || context.view.isVisible(fieldPathOf(segments));
  });
}

/** The render model of a form for one step. */
export function buildFormModel(definition: FormDefinition, options: BuildFormModelOptions = {}): FormModel {
  const basePath = options.basePath ?? '/formData';
  const errors = options.errors ?? [];
  const view = resolveView(definition, options.view);
  const context: BuildContext = { root: definition.schema, view, data: options.data ?? {}, errors: groupErrors(errors, basePath), shown: new Set() };
  const pages: PageModel[] = [];
  for (const page of layoutPages(definition)) {
    const sections: SectionModel[] = [];
    for (const section of page.sections) {
      const fields = section.fields.map((entry) => buildField(context, entry, [])).filter((field) => field !== undefined);
      if (fields.length > 0) sections.push(withOptional<SectionModel>({ id: section.id, fields }, { title: section.title, description: section.description }));
    }
    if (sections.length > 0) pages.push(withOptional<PageModel>({ id: page.id, title: page.title, sections }, { description: page.description }));
  }
  return { title: formTitle(definition), view: view.name, editable: view.allowsEditsIn([]), pages, errors: looseErrors(context, errors, basePath) };
}

/** Adds the optional properties that are set, so the model carries no `undefined` values. */
function withOptional<T extends object>(target: T, optional: { [K in keyof T]?: T[K] }): T {
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}
