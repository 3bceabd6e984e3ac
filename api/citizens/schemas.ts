/** Route schemas of the citizen portal, shared by the routes, the OpenAPI document and the tests. */

export const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));

export const nullableString = { type: ['string', 'null'] } as const;

const addressDetail = {
  type: ['object', 'null'],
  properties: { province: { type: 'string' }, commune: { type: 'string' }, street: { type: 'string' } },
} as const;

export const profileResponse = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['person', 'organisation'] },
    fullName: { type: 'string' },
    idNumber: nullableString,
    taxCode: nullableString,
    birthDate: nullableString,
    gender: nullableString,
    phone: nullableString,
    email: nullableString,
    address: nullableString,
    addressDetail,
    identity: { type: 'object', additionalProperties: true },
  },
} as const;
