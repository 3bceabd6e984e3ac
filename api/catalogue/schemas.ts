import { SERVICE_LEVELS } from './model';

/** Route schemas of the catalogue; tests and the OpenAPI document read the same objects. */

const text = (maxLength: number, minLength = 0) => ({ type: 'string', minLength, maxLength }) as const;
export const codeString = { type: 'string', minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

export const duration = {
  type: 'object', additionalProperties: false, required: ['value', 'unit'],
  properties: { value: { type: 'number', minimum: 0, maximum: 3650 }, unit: { type: 'string', enum: ['working_days', 'working_hours'] } },
} as const;

const component = {
  type: 'object', additionalProperties: false, required: ['code', 'name'],
  properties: {
    code: codeString,
    name: text(1000, 1),
    originals: { type: 'integer', minimum: 0, maximum: 100, default: 1 },
    copies: { type: 'integer', minimum: 0, maximum: 100, default: 0 },
    formTemplate: nullable(text(300)),
    required: { type: 'boolean', default: true },
  },
} as const;

const fee = {
  type: 'object', additionalProperties: false, required: ['name', 'amount'],
  properties: { name: text(500, 1), amount: { type: 'number', minimum: 0, maximum: 1e12 }, note: text(1000) },
} as const;

const method = {
  type: 'object', additionalProperties: false, required: ['channel'],
  properties: { channel: { type: 'string', enum: ['counter', 'postal', 'online'] }, description: text(4000), processingTime: duration },
} as const;

export const decision = {
  type: 'object', additionalProperties: false, required: ['number', 'date'],
  properties: { number: text(100, 1), date: { type: 'string', format: 'date' } },
} as const;

/** The fields of a procedure record (A3), shared by creation, edits and amendments. */
export const procedureFields = {
  name: text(500, 1),
  sectorCode: codeString,
  agencyCodes: { type: 'array', maxItems: 5000, items: codeString },
  steps: text(20000),
  methods: { type: 'array', maxItems: 3, items: method },
  components: { type: 'array', maxItems: 100, items: component },
  processingTime: duration,
  applicants: text(4000),
  result: text(4000),
  fees: { type: 'array', maxItems: 50, items: fee },
  conditions: text(20000),
  legalBasis: text(20000),
  serviceLevel: { type: 'string', enum: SERVICE_LEVELS },
  postalAllowed: { type: 'boolean' },
  immediateResult: { type: 'boolean' },
  crossBoundary: { type: 'boolean' },
  processKey: nullable(codeString),
  processVersion: nullable({ type: 'integer', minimum: 1 }),
  formSchema: { type: ['object', 'null'] },
  decision: nullable(decision),
} as const;

export const PROCEDURE_REQUIRED = ['code', 'name', 'sectorCode', 'agencyCodes', 'processingTime', 'serviceLevel'] as const;

export const createProcedureBody = {
  type: 'object', additionalProperties: false, required: PROCEDURE_REQUIRED,
  properties: { code: codeString, ...procedureFields },
} as const;

export const updateProcedureBody = {
  type: 'object', additionalProperties: false, minProperties: 1,
  properties: { ...procedureFields, expectedRevision: { type: 'integer', minimum: 1 } },
} as const;

export const amendProcedureBody = {
  type: 'object', additionalProperties: false,
  properties: procedureFields,
} as const;

export const codeParams = { type: 'object', required: ['code'], properties: { code: codeString } } as const;

export const versionParams = {
  type: 'object', required: ['code', 'version'],
  properties: { code: codeString, version: { type: 'integer', minimum: 1, maximum: 100000 } },
} as const;

const durationOut = { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' } } } as const;
const decisionOut = { type: ['object', 'null'], properties: { number: { type: 'string' }, date: { type: 'string' } } } as const;
const anyObject = { type: ['object', 'null'], additionalProperties: true } as const;
const time = { type: ['string', 'null'] } as const;

export const agencyOut = { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' } } } as const;

export const versionResponse = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    version: { type: 'integer' },
    status: { type: 'string' },
    revision: { type: 'integer' },
    name: { type: 'string' },
    sectorCode: { type: 'string' },
    sectorName: { type: 'string' },
    agencyCodes: { type: 'array', items: { type: 'string' } },
    agencies: { type: 'array', items: agencyOut },
    steps: { type: 'string' },
    methods: {
      type: 'array',
      items: { type: 'object', properties: { channel: { type: 'string' }, description: { type: 'string' }, processingTime: durationOut } },
    },
    components: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' }, name: { type: 'string' }, originals: { type: 'integer' }, copies: { type: 'integer' },
          formTemplate: { type: ['string', 'null'] }, required: { type: 'boolean' },
        },
      },
    },
    processingTime: durationOut,
    applicants: { type: 'string' },
    result: { type: 'string' },
    fees: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, amount: { type: 'number' }, note: { type: 'string' } } } },
    conditions: { type: 'string' },
    legalBasis: { type: 'string' },
    serviceLevel: { type: 'string' },
    postalAllowed: { type: 'boolean' },
    immediateResult: { type: 'boolean' },
    crossBoundary: { type: 'boolean' },
    processKey: { type: ['string', 'null'] },
    processVersion: { type: ['integer', 'null'] },
    form: anyObject,
    formSchema: anyObject,
    decision: decisionOut,
    publishedAt: time,
    abolition: decisionOut,
    abolishedAt: time,
    reviewNote: { type: ['string', 'null'] },
    submittedAt: time,
    createdAt: time,
    updatedAt: time,
  },
} as const;

export const searchQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    q: text(200),
    sectorCode: codeString,
    agencyCode: codeString,
    level: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
    serviceLevel: { type: 'string', enum: SERVICE_LEVELS },
    page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const;

export const searchHit = {
  type: 'object',
  properties: {
    code: { type: 'string' }, name: { type: 'string' }, version: { type: 'integer' },
    sectorCode: { type: 'string' }, sectorName: { type: 'string' }, serviceLevel: { type: 'string' },
    processingTime: durationOut, immediateResult: { type: 'boolean' }, postalAllowed: { type: 'boolean' }, crossBoundary: { type: 'boolean' },
    agencyCodes: { type: 'array', items: { type: 'string' } }, score: { type: 'number' },
  },
} as const;

export const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 422].map((status) => [status, { $ref: 'ErrorResponse#' }]));
