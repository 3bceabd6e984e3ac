/**
 * validateFormDefinition: the checks a form definition passes before a procedure version that
 * binds it can be published (REQUIREMENTS A5, B3). Each stage only runs when the previous one
 * passed, since a schema that is a bomb must not reach ajv and one that does not compile cannot
 * be walked.
 */
import type Ajv2020 from 'ajv/dist/2020';
import { createFormsAjv } from '../ajv-factory';
import type { FormDefinition, FormFinding } from '../definition';
import { isPlainObject } from '../json';
import { typeOf } from '../schema-walk';
import { compileFinding, metaSchemaFindings } from './compile-findings';
import { layoutFindings } from './layout-checks';
import { schemaLimitFindings } from './schema-limits';
import { componentFindings, viewFindings } from './view-checks';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

// Compiling the 2020-12 meta-schema takes tens of milliseconds; one instance serves every check.
let sharedAjv: Ajv2020 | undefined;

function shapeFindings(input: unknown): FormFinding[] {
  if (!isPlainObject(input)) return [{ path: '', message: 'Định nghĩa biểu mẫu phải là một đối tượng JSON' }];
  const findings: FormFinding[] = [];
  if (input.id !== undefined && (typeof input.id !== 'string' || input.id.trim() === '')) findings.push({ path: '/id', message: 'Mã biểu mẫu (id) phải là chuỗi ký tự khác rỗng' });
  if (input.version !== undefined && typeof input.version !== 'string' && typeof input.version !== 'number') {
    findings.push({ path: '/version', message: 'Phiên bản biểu mẫu (version) phải là chuỗi ký tự hoặc số' });
  }
  if (input.title !== undefined && typeof input.title !== 'string') findings.push({ path: '/title', message: 'Tên biểu mẫu (title) phải là chuỗi ký tự' });
  if (!isPlainObject(input.schema)) return [...findings, { path: '/schema', message: 'Biểu mẫu phải có lược đồ dữ liệu (schema) là một đối tượng JSON Schema' }];
  if (input.schema.$schema !== undefined && input.schema.$schema !== DRAFT_2020_12) {
    findings.push({ path: '/schema/$schema', message: `Lược đồ phải theo JSON Schema draft 2020-12 (${DRAFT_2020_12})` });
  }
  if (typeOf(input.schema) !== 'object') findings.push({ path: '/schema/type', message: 'Lược đồ gốc của biểu mẫu phải có type là object' });
  return findings;
}

function compileFindings(schema: object): FormFinding[] {
  sharedAjv ??= createFormsAjv();
  const ajv = sharedAjv;
  if (!ajv.validateSchema(schema)) return metaSchemaFindings(ajv.errors ?? []);
  try {
    ajv.compile(schema);
    return [];
  } catch (error) {
    return [compileFinding(error, schema)];
  } finally {
    ajv.removeSchema(schema);
  }
}

/**
 * Findings (Vietnamese, with a JSON pointer into the definition) for a definition received from
 * outside: schema safety and validity, layout, views and components. Empty when it is usable.
 */
export function validateFormDefinition(input: unknown): FormFinding[] {
  const shape = shapeFindings(input);
  if (shape.length > 0) return shape;
  const definition = input as unknown as FormDefinition;
  const limits = schemaLimitFindings(definition.schema);
  if (limits.length > 0) return limits;
  const compiled = compileFindings(definition.schema);
  if (compiled.length > 0) return compiled;
  return [...layoutFindings(definition), ...viewFindings(definition), ...componentFindings(definition)];
}
