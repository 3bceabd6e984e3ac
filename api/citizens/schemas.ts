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

export const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 5, maxLength: 80 } } } as const;

export const pageQuery = {
  page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;

const date = { type: 'string', format: 'date' } as const;
export const periodQuery = { from: date, to: date } as const;

const time = nullableString;

export const dossierSummary = {
  type: 'object',
  properties: {
    code: { type: 'string' }, procedureCode: { type: 'string' }, procedureName: { type: 'string' }, agencyName: { type: 'string' },
    status: { type: 'string' }, statusLabel: { type: 'string' }, submittedAt: time, receivedAt: time, dueAt: time, resolvedAt: time,
    timeliness: nullableString, timelinessLabel: nullableString, actionNeeded: { type: 'boolean' }, canRate: { type: 'boolean' },
  },
} as const;

export const dossierDetail = {
  type: 'object',
  properties: {
    ...dossierSummary.properties,
    sectorName: nullableString, agencyCode: { type: 'string' }, channel: { type: 'string' }, channelLabel: { type: 'string' },
    explanation: { type: 'string' }, completedAt: time, resultDelivery: nullableString, resultDeliveryLabel: nullableString,
    applicant: { type: 'object', additionalProperties: true }, formData: { type: 'object', additionalProperties: true },
    supplement: {
      type: ['object', 'null'],
      properties: { requestedAt: { type: 'string' }, reason: nullableString, items: { type: 'array', items: { type: 'string' } } },
    },
    refusal: { type: ['object', 'null'], properties: { at: { type: 'string' }, reason: nullableString } },
    rating: { type: ['object', 'null'], properties: { average: { type: 'number' }, createdAt: { type: 'string' } } },
    notices: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, label: { type: 'string' }, url: { type: 'string' } } } },
    history: { type: 'array', items: { type: 'object', properties: { at: { type: 'string' }, title: { type: 'string' }, detail: nullableString } } },
  },
} as const;

export const criterion = {
  type: 'object',
  properties: { code: { type: 'string' }, name: { type: 'string' }, position: { type: 'integer' }, active: { type: 'boolean' } },
} as const;

export const feedbackItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, kind: { type: 'string' }, kindLabel: { type: 'string' }, agencyCode: { type: 'string' }, agencyName: { type: 'string' },
    procedureCode: nullableString, dossierCode: nullableString, title: { type: 'string' }, body: { type: 'string' }, status: { type: 'string' },
    statusLabel: { type: 'string' }, dueAt: { type: 'string' }, overdue: { type: 'boolean' }, answer: nullableString, answeredAt: time,
    published: { type: 'boolean' }, createdAt: { type: 'string' },
  },
} as const;
