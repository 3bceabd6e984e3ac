/**
 * The render model both Angular apps draw: ordered, serialisable, and complete enough that a
 * renderer never reads the schema itself. Fields the step's view hides are left out entirely,
 * values included, so the model can be sent to a browser as is.
 */
import type { FieldOption, FormFinding, SchemaType, WidgetKind } from './definition';
import type { JsonValue } from './json';

/** Input constraints a renderer can enforce while typing; the server re-checks them all. */
export interface FieldConstraints {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

/** One field, or a group of fields, or a repeatable group. */
export interface FieldModel {
  /** Property name (the index, for an item of a list of plain values). */
  key: string;
  /** JSON pointer into the form data, indices included: `/landParcels/0/area`. */
  path: string;
  /** Dotted path without indices, as views and layouts name it: `landParcels.area`. */
  fieldPath: string;
  label: string;
  widget: WidgetKind;
  valueType?: SchemaType;
  required: boolean;
  /** The step may not change this field (view, schema `readOnly` or layout). */
  readonly: boolean;
  /** A `visibleWhen` condition is false for now: draw nothing, keep the field in the model. */
  hidden: boolean;
  /** The wire value (ISO dates, option values). */
  value?: JsonValue;
  /** The value as people read it: dd/mm/yyyy dates, option labels, Có/Không, 1.500.000. */
  displayValue: string;
  help?: string;
  placeholder?: string;
  width?: 'full' | 'half' | 'third';
  rows?: number;
  /** Thành phần hồ sơ code of a file field. */
  component?: string;
  options?: FieldOption[];
  constraints: FieldConstraints;
  /** Where autofill takes this field from, in order of preference. */
  autofill?: string[];
  /** The first error on this field, in Vietnamese. */
  error?: string;
  /** Sub-fields of a `group` or `address`. */
  children?: FieldModel[];
  /** Items of an `array` (repeatable group). */
  items?: ItemModel[];
  /** A blank item to render when the person adds one; its paths point after the last item. */
  itemTemplate?: ItemModel;
  canAddItem?: boolean;
  canRemoveItem?: boolean;
}

/** One item of a repeatable group. */
export interface ItemModel {
  index: number;
  /** JSON pointer of the item. */
  path: string;
  /** "Thửa đất thứ 2". */
  label: string;
  fields: FieldModel[];
  error?: string;
}

/** A titled group of fields. */
export interface SectionModel {
  id: string;
  title?: string;
  description?: string;
  fields: FieldModel[];
}

/** One page of the form. */
export interface PageModel {
  id: string;
  title: string;
  description?: string;
  sections: SectionModel[];
}

/** The whole form as one step sees it. */
export interface FormModel {
  title: string;
  /** The view used; `*` for everything. */
  view: string;
  /** Whether anything may change at this step (a renderer hides "Lưu" otherwise). */
  editable: boolean;
  pages: PageModel[];
  /** Errors no rendered field can show (an unknown field, a rule on the whole form). */
  errors: FormFinding[];
}
