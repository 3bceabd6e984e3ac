import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Two validators: request bodies are checked strictly (a number sent as a string is a wrong type,
 * an unknown field is an error), while path and query strings, which are text by nature, are
 * coerced to the declared types. Given to Fastify as a compilers factory so that every plugin
 * context, including those that add shared schemas of their own, validates the same way.
 */
export function buildValidator(externalSchemas: Record<string, unknown> = {}): FastifySchemaCompiler<unknown> {
  const common = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false } as const;
  const strictAjv = addFormats(new Ajv({ ...common, coerceTypes: false }));
  const coercingAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));
  for (const schema of Object.values(externalSchemas)) {
    strictAjv.addSchema(schema as object);
    coercingAjv.addSchema(schema as object);
  }
  return ({ schema, httpPart }) => (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object);
}
