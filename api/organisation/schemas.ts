/** Route schemas of the organisation feature; tests and the OpenAPI document read the same objects. */
export const code = (pattern = '^[A-Za-z0-9._-]+$') => ({ type: 'string', minLength: 1, maxLength: 50, pattern }) as const;
export const name = { type: 'string', minLength: 1, maxLength: 300 } as const;

export const errorResponses = Object.fromEntries(
  [400, 401, 403, 404, 409, 422].map((status) => [status, { $ref: 'ErrorResponse#' }]),
);

export const agencyBody = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name', 'level'],
  properties: { code: code(), name, level: code('^[a-z][a-z0-9_]*$'), parentCode: code() },
} as const;

export const agencyPatchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name, level: code('^[a-z][a-z0-9_]*$'), parentCode: { anyOf: [code(), { type: 'null' }] } },
} as const;

export const agencyResponse = {
  type: 'object',
  properties: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' }, parentCode: { type: ['string', 'null'] } },
} as const;

export const agencyTreeNode = {
  $id: 'AgencyNode',
  type: 'object',
  properties: {
    code: { type: 'string' },
    name: { type: 'string' },
    level: { type: 'string' },
    parentCode: { type: ['string', 'null'] },
    children: { type: 'array', items: { $ref: 'AgencyNode#' } },
  },
} as const;

export const codeNameBody = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name'],
  properties: { code: code(), name },
} as const;

export const codeNameResponse = {
  type: 'object',
  properties: { code: { type: 'string' }, name: { type: 'string' } },
} as const;

export const levelBody = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'name', 'rank'],
  properties: { code: code('^[a-z][a-z0-9_]*$'), name, rank: { type: 'integer', minimum: 1, maximum: 20 } },
} as const;

export const agencyCodeParams = {
  type: 'object',
  required: ['code'],
  properties: { code: code() },
} as const;
