/**
 * Server-side validation of submitted form data (REQUIREMENTS B3). Compiling a schema costs
 * milliseconds and validating microseconds, so compiled validators are cached per form version.
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import { createFormsAjv } from './ajv-factory';
import type { FormDefinition, FormFinding } from './definition';
import { compileFinding, InvalidFormDefinitionError } from './definition-checks/compile-findings';
import type { DataFinding } from './error-messages';
import { describeErrors, UNKNOWN_FIELD_KEYWORDS } from './error-messages';
import { toPointer } from './field-path';
import { fieldPathOf } from './schema-walk';
import type { ResolvedView } from './views';
import { resolveView } from './views';

/** How to validate one submission. */
export interface ValidateFormDataOptions {
  /**
   * The step's view. Findings on fields the step cannot edit are dropped: another step owns
   * them (an officer's appraisal is not the citizen's to fill). Unknown fields and findings on
   * the whole form are always reported.
   */
  view?: string;
  /** Prefix of every finding's path; the API nests form data under `/formData`. */
  basePath?: string;
  /**
   * Identifies an immutable form version, e.g. `1.000948@3`. Defaults to `id@version` of the
   * definition when both are set; without either, the schema object itself is the key.
   */
  cacheKey?: string;
}

/** A validator with its own ajv and its own bounded cache of compiled form versions. */
export class FormValidator {
  private readonly ajv: Ajv2020 = createFormsAjv();
  private readonly byKey = new Map<string, ValidateFunction>();
  private readonly bySchema = new WeakMap<object, ValidateFunction>();

  /** @param maxCachedForms form versions kept compiled; the least recently used goes first. */
  constructor(private readonly maxCachedForms = 200) {}

  /** Findings for `data`, empty when it is valid. Throws InvalidFormDefinitionError for a schema that does not compile. */
  validate(definition: FormDefinition, data: unknown, options: ValidateFormDataOptions = {}): FormFinding[] {
    const validateFn = this.compiled(definition, options.cacheKey);
    if (validateFn(data)) return [];
    const basePath = options.basePath ?? '/formData';
    const view = resolveView(definition, options.view);
    return describeErrors(definition.schema, validateFn.errors ?? [])
      .filter((finding) => this.concernsStep(view, finding))
      .map((finding) => ({ path: basePath + toPointer(finding.segments), message: finding.message }));
  }

  /**
   * Whether the step can act on a finding: unknown fields and the form as a whole always concern
   * it; a field concerns it when the step may edit the field or something inside it.
   */
  private concernsStep(view: ResolvedView, finding: DataFinding): boolean {
    if (UNKNOWN_FIELD_KEYWORDS.has(finding.keyword) || finding.segments.length === 0) return true;
    return view.allowsEditsIn(fieldPathOf(finding.segments));
  }

  /** The compiled validator of a definition, compiling it on first use. */
  compiled(definition: FormDefinition, cacheKey?: string): ValidateFunction {
    const key = cacheKey ?? (definition.id !== undefined && definition.version !== undefined ? `${definition.id}@${definition.version}` : undefined);
    const cached = key !== undefined ? this.byKey.get(key) : this.bySchema.get(definition.schema);
    if (cached) {
      if (key !== undefined) this.touch(key, cached);
      return cached;
    }
    const compiled = this.compile(definition);
    if (key !== undefined) this.touch(key, compiled);
    else this.bySchema.set(definition.schema, compiled);
    return compiled;
  }

  private compile(definition: FormDefinition): ValidateFunction {
    try {
      return this.ajv.compile(definition.schema);
    } catch (error) {
      throw new InvalidFormDefinitionError([compileFinding(error, definition.schema)]);
    } finally {
      // ajv keeps every compiled schema and its $id forever; our own cache decides what stays,
      // and two versions of one form may share an $id.
      this.ajv.removeSchema(definition.schema);
    }
  }

  private touch(key: string, compiled: ValidateFunction): void {
    this.byKey.delete(key);
    this.byKey.set(key, compiled);
    if (this.byKey.size > this.maxCachedForms) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
  }
}

// A process-wide default only holds compiled validators, never behaviour: callers that want
// their own cache bounds create a FormValidator.
let defaultValidator: FormValidator | undefined;

/**
 * Validates form data against its definition with the process-wide validator:
 * `[{ path: '/formData/applicant/idNumber', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' }]`.
 */
export function validateFormData(definition: FormDefinition, data: unknown, options: ValidateFormDataOptions = {}): FormFinding[] {
  defaultValidator ??= new FormValidator();
  return defaultValidator.validate(definition, data, options);
}
