/**
 * The e-form definition (biểu mẫu điện tử): a JSON Schema for the data, a layout for people and
 * per-step views for the back office. It is versioned with the procedure (REQUIREMENTS B3) and
 * stored as plain JSON, so every type here is serialisable.
 */
import type { JsonValue } from './json';

/** JSON types a schema may name. */
export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * A JSON Schema (draft 2020-12) node, typed for the keywords the form layer reads. Our three
 * extension keywords are registered with ajv, so strict mode still rejects unknown keywords:
 * - `x-autofill`: where to take the value from (`identity.fullName`, `personalData.address`),
 *   one source or several in order of preference (REQUIREMENTS B4);
 * - `x-enumLabels`: the label shown for each `enum` value, in the same order;
 * - `x-errorMessages`: a message per keyword replacing ours, `{label}` standing for the field.
 */
export interface SchemaNode {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  type?: SchemaType | SchemaType[];
  title?: string;
  description?: string;
  default?: JsonValue;
  readOnly?: boolean;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  enum?: JsonValue[];
  const?: JsonValue;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  'x-autofill'?: string | string[];
  'x-enumLabels'?: string[];
  'x-errorMessages'?: Record<string, string>;
  [keyword: string]: unknown;
}

/** How a renderer should draw a field. Both Angular apps implement every kind. */
export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'checkboxes'
  | 'file'
  | 'cccd'
  | 'phone'
  | 'taxCode'
  | 'email'
  | 'postalCode'
  | 'address'
  | 'group'
  | 'array';

/** One selectable value with the label people see. */
export interface FieldOption {
  value: JsonValue;
  label: string;
}

/**
 * A field placed in the layout, with hints for the renderer. `path` is absolute in a section and
 * relative to the parent inside `fields` of an object or of an array's items.
 */
export interface LayoutField {
  path: string;
  widget?: WidgetKind;
  /** Replaces the schema `title` on screen (the schema title still names the field in errors). */
  label?: string;
  help?: string;
  placeholder?: string;
  readonly?: boolean;
  width?: 'full' | 'half' | 'third';
  /** Visible lines of a textarea. */
  rows?: number;
  /** Labelled options; the schema `enum` or `oneOf`/`const` still decides what is valid. */
  options?: FieldOption[];
  /** Same meaning as the schema's `x-autofill`; the layout wins when both are set. */
  autofill?: string | string[];
  /** Thành phần hồ sơ: the dossier component a `file` field uploads, by its code. */
  component?: string;
  /** Sub-fields of an object, or of each item of an array, in display order. */
  fields?: LayoutFieldEntry[];
  /** Names one item of an array: "Người con" gives "Người con thứ 2". */
  itemLabel?: string;
  /** Shows the field only while another field holds one of these values. `*` binds to the current array item. */
  visibleWhen?: { path: string; equals: JsonValue | JsonValue[] };
}

/** A layout entry: a bare path, or a path with hints. */
export type LayoutFieldEntry = string | LayoutField;

/** A titled group of fields on one page. */
export interface LayoutSection {
  id: string;
  title?: string;
  description?: string;
  fields: LayoutFieldEntry[];
}

/** One step of a multi-page form. */
export interface LayoutPage {
  id: string;
  title: string;
  description?: string;
  sections: LayoutSection[];
}

/** The UI layout: pages of sections, or sections alone for a single-page form. */
export interface FormLayout {
  pages?: LayoutPage[];
  sections?: LayoutSection[];
}

/**
 * What one BPMN step shows and lets change (REQUIREMENTS B1: "the form view"). Paths are JSON
 * pointers or dotted paths; `*` matches any property or array item; a path covers everything
 * beneath it. Editable fields must also be visible.
 */
export interface FormView {
  visible: string[];
  editable: string[];
}

/** Thành phần hồ sơ the form expects as attachments, matched against the procedure record at publication. */
export interface FormComponent {
  code: string;
  name: string;
  required: boolean;
}

/** An e-form definition: data schema, layout and per-step views. */
export interface FormDefinition {
  /** Stable identifier, e.g. the procedure code; with `version` it keys the validator cache. */
  id?: string;
  version?: string | number;
  title?: string;
  schema: SchemaNode;
  layout?: FormLayout;
  views?: Record<string, FormView>;
  components?: FormComponent[];
}

/** One problem, in the shape of the API's `error.details` items. */
export interface FormFinding {
  /** JSON pointer: into the submitted document for data, into the definition for definitions. */
  path: string;
  /** Vietnamese, for people. */
  message: string;
}
