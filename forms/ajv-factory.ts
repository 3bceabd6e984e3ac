/**
 * The one place that configures ajv for forms, so that the server, the publication check and the
 * browsers validate with identical rules.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { VIETNAMESE_FORMAT_CHECKS } from './formats/format-names';

/** Our extension keywords and the shape their values must have. */
const EXTENSION_KEYWORDS: Record<string, object> = {
  'x-autofill': { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  'x-enumLabels': { type: 'array', items: { type: 'string' } },
  'x-errorMessages': { type: 'object', additionalProperties: { type: 'string' } },
};

/**
 * A draft 2020-12 ajv in strict-schema mode: an unknown keyword or format in a definition is an
 * error, not a silently ignored typo. `strictRequired` stays off because forms legitimately
 * require, under `then`, a field declared at the top; `strictTypes` stays off because it only logs.
 * `verbose` keeps each failing schema on the error, which the Vietnamese messages read.
 */
export function createFormsAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strictSchema: true,
    strictNumbers: true,
    strictTuples: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false,
  });
  addFormats(ajv);
  for (const [name, problem] of Object.entries(VIETNAMESE_FORMAT_CHECKS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => problem(value) === undefined });
  }
  for (const [keyword, metaSchema] of Object.entries(EXTENSION_KEYWORDS)) ajv.addKeyword({ keyword, metaSchema });
  return ajv;
}
