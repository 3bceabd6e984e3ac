/** Route schemas of the documents feature, shared by the routes, the OpenAPI document and the tests. */

export const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 413, 415, 422, 503].map((s) => [s, { $ref: 'ErrorResponse#' }]));

export const pdfResponse = { description: 'Tệp PDF', type: 'string', format: 'binary' } as const;
export const fileResponse = { description: 'Nội dung tệp', type: 'string', format: 'binary' } as const;

const dossierCode = { type: 'string', minLength: 5, maxLength: 80 } as const;
export const noticeKind = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' } as const;
const localDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableTime = { type: ['string', 'null'] } as const;

export const dossierCodeParams = { type: 'object', required: ['code'], properties: { code: dossierCode } } as const;

export const dossierNoticeParams = {
  type: 'object', required: ['code', 'kind'], properties: { code: dossierCode, kind: noticeKind },
} as const;

export const agencyNoticeParams = {
  type: 'object', required: ['code', 'kind'], properties: { code: { type: 'string', minLength: 1, maxLength: 50 }, kind: noticeKind },
} as const;

export const periodQuery = {
  type: 'object', additionalProperties: false, required: ['from', 'to'],
  properties: { from: localDate, to: localDate },
} as const;

export const templateVersionParams = {
  type: 'object', required: ['kind', 'version'], properties: { kind: noticeKind, version: { type: 'integer', minimum: 1 } },
} as const;

const appliesWhen = {
  type: 'object', additionalProperties: false,
  properties: {
    received: { type: 'boolean' },
    hasDueDate: { type: 'boolean' },
    statuses: { type: 'array', maxItems: 20, items: { type: 'string', pattern: '^[a-z_]{2,40}$' } },
    events: { type: 'array', maxItems: 20, items: { type: 'string', pattern: '^[a-z_]{2,40}(:[a-z0-9_-]{1,60})?$' } },
  },
} as const;

export const newTemplateBody = {
  type: 'object', additionalProperties: false, required: ['kind', 'title', 'paper', 'source'],
  properties: {
    kind: noticeKind,
    title: { type: 'string', minLength: 3, maxLength: 200 },
    paper: { type: 'string', enum: ['A4', 'A5'] },
    landscape: { type: 'boolean' },
    scope: { type: 'string', enum: ['dossier', 'period'] },
    appliesWhen,
    numberSymbol: { type: ['string', 'null'], pattern: '^[A-ZĐ0-9-]{1,20}$' },
    kept: { type: 'boolean' },
    source: { type: 'string', minLength: 20, maxLength: 200_000 },
    note: { type: ['string', 'null'], maxLength: 1000 },
    activate: { type: 'boolean' },
  },
} as const;

export const templateSummary = {
  type: 'object',
  properties: {
    kind: { type: 'string' }, version: { type: 'integer' }, title: { type: 'string' }, scope: { type: 'string' }, paper: { type: 'string' },
    landscape: { type: 'boolean' }, appliesWhen, numberSymbol: nullableString, kept: { type: 'boolean' }, active: { type: 'boolean' },
    note: nullableString, createdAt: { type: 'string' },
  },
} as const;

export const templateDetail = {
  type: 'object', properties: { ...templateSummary.properties, source: { type: 'string' } },
} as const;

const signature = {
  type: 'object',
  properties: {
    signer: { type: 'string' }, organisation: nullableString, issuer: nullableString, serial: nullableString, signedAt: nullableTime,
    reason: nullableString, intact: { type: 'boolean' }, coversWholeFile: { type: 'boolean' }, trusted: { type: 'boolean' },
    status: { type: 'string' }, problem: nullableString,
  },
} as const;

export const signatureReport = {
  type: 'object',
  properties: { status: { type: 'string' }, signatures: { type: 'array', items: signature } },
} as const;

export const attachmentView = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, purpose: { type: 'string' }, componentCode: nullableString, originalName: { type: 'string' },
    mediaType: { type: 'string' }, extension: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' },
    signatureStatus: { type: 'string' }, signatures: { type: 'array', items: signature }, resultStage: nullableString,
    uploadedBy: { type: 'string' }, uploadedAt: { type: 'string' },
  },
} as const;

export const attachmentParams = {
  type: 'object', required: ['code', 'id'], properties: { code: dossierCode, id: { type: 'integer', minimum: 1 } },
} as const;
