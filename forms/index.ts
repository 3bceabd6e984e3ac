/**
 * The e-form layer (biểu mẫu điện tử, REQUIREMENTS B3-B4): JSON Schema 2020-12 definitions with a
 * layout and per-step views; ajv validation with Vietnamese messages; Vietnamese formats; the
 * render model both Angular apps draw; autofill from identity. Framework-agnostic: the server and
 * the browsers import this file and nothing beneath it.
 */

// Definitions
export type {
  FieldOption,
  FormComponent,
  FormDefinition,
  FormFinding,
  FormLayout,
  FormView,
  LayoutField,
  LayoutFieldEntry,
  LayoutPage,
  LayoutSection,
  SchemaNode,
  SchemaType,
  WidgetKind,
} from './definition';
export type { JsonObject, JsonValue } from './json';
export { validateFormDefinition } from './definition-checks/validate-definition';
export { InvalidFormDefinitionError } from './definition-checks/compile-findings';
export { SCHEMA_LIMITS } from './definition-checks/schema-limits';

// Data validation and normalisation
export { FormValidator, validateFormData } from './validate-data';
export type { ValidateFormDataOptions } from './validate-data';
export { normalizeFormData } from './normalize';

// Per-step views
export { ALL_FIELDS_VIEW, FormViewNotFoundError, hasFormView } from './views';
export { applyView, checkEditable, mergeEditable } from './view-data';
export type { CheckEditableOptions } from './view-data';

// Render model
export { buildFormModel } from './build-model';
export type { BuildFormModelOptions } from './build-model';
export type { FieldConstraints, FieldModel, FormModel, ItemModel, PageModel, SectionModel } from './model-types';
export { WIDGET_KINDS } from './widgets';

// Autofill
export { autofill, AUTOFILL_NAMESPACES } from './autofill';
export type { AutofillResult, AutofillSources } from './autofill';

// Vietnamese formats and their helpers
export { FORMAT_NAMES } from './formats/format-names';
export {
  citizenIdProblem,
  describeCitizenId,
  isCitizenId,
  isOldIdNumber,
  normalizeCitizenId,
  oldIdNumberProblem,
} from './formats/citizen-id';
export type { CitizenIdInfo } from './formats/citizen-id';
export { BIRTH_PROVINCE_CODES } from './formats/province-codes';
export { isPhoneNumber, normalizePhoneNumber, phoneNumberProblem } from './formats/phone';
export { isTaxCode, normalizeTaxCode, taxCodeCheckDigit, taxCodeProblem } from './formats/tax-code';
export { formatDisplayDate, isIsoDate, parseDisplayDate } from './formats/dates';
export { isPostalCode, postalCodeProblem } from './formats/postal-code';

// API failures as both web apps show them
export { ApiError } from './api-error';
export type { FieldProblem } from './api-error';

// Building blocks for procedures' forms
export { addressSchema } from './blocks/address';
