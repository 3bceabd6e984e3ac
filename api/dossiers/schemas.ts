import { applicantSchema } from './applicant';

/** Route schemas of the dossier feature, shared by the routes, the OpenAPI document and the tests. */
export const dossierCodeParams = {
  type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 5, maxLength: 80 } },
} as const;

export const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 413, 415, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));

export const newDossierBody = {
  type: 'object',
  additionalProperties: false,
  required: ['procedureCode', 'agencyCode', 'channel', 'applicant', 'formData'],
  properties: {
    procedureCode: { type: 'string', minLength: 1, maxLength: 50 },
    agencyCode: { type: 'string', minLength: 1, maxLength: 50 },
    channel: { type: 'string', enum: ['online', 'counter', 'postal'] },
    applicant: applicantSchema,
    formData: { type: 'object' },
    resultDelivery: { type: 'string', enum: ['counter', 'postal', 'online'] },
  },
} as const;

const nullableTime = { type: ['string', 'null'] } as const;

export const createdDossier = {
  type: 'object',
  properties: { code: { type: 'string' }, status: { type: 'string' }, receivedAt: nullableTime, dueAt: nullableTime },
} as const;

export const receptionResult = {
  type: 'object', properties: { status: { type: 'string' }, receivedAt: nullableTime, dueAt: nullableTime },
} as const;

export const dossierDetail = {
  type: 'object',
  properties: {
    code: { type: 'string' }, status: { type: 'string' }, statusLabel: { type: 'string' }, nationalStatus: { type: ['integer', 'null'] },
    channel: { type: 'string' },
    procedureCode: { type: 'string' }, procedureName: { type: 'string' }, procedureVersion: { type: ['integer', 'null'] },
    sectorName: { type: ['string', 'null'] }, agencyCode: { type: 'string' }, agencyName: { type: 'string' },
    applicant: { type: 'object', additionalProperties: true }, formData: { type: 'object', additionalProperties: true },
    resultDelivery: { type: 'string' }, submittedAt: nullableTime, receivedAt: nullableTime, dueAt: nullableTime,
    resolvedAt: nullableTime, completedAt: nullableTime, clockStopped: { type: 'boolean' },
    timeliness: { type: ['string', 'null'] }, version: { type: 'integer' },
    openTasks: { type: 'array', items: { type: 'object', properties: {
      id: { type: 'integer' }, taskKey: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, dueAt: nullableTime,
      assignee: { type: ['string', 'null'] }, assigneeName: { type: ['string', 'null'] },
      actions: { type: 'array', items: { type: 'string' } }, formView: { type: ['string', 'null'] },
      workable: { type: 'boolean', description: 'Người gọi được nhận và xử lý bước này' },
    } } },
  },
} as const;

/** Sơ đồ quy trình của hồ sơ: the BPMN it runs on and the steps it went through, for a viewer to highlight. */
export const dossierDiagram = {
  type: 'object',
  properties: {
    processKey: { type: 'string' }, processVersion: { type: 'integer' }, bpmnXml: { type: 'string' },
    steps: { type: 'array', items: { type: 'object', properties: {
      taskKey: { type: 'string' }, name: { type: 'string' }, status: { type: 'string', enum: ['open', 'completed', 'cancelled'] },
      action: { type: ['string', 'null'] }, openedAt: { type: 'string' }, closedAt: nullableTime,
    } } },
    waiting: { type: 'array', items: { type: 'string' }, description: 'Sự kiện đang chờ (ví dụ chờ công dân bổ sung hồ sơ)' },
    ended: { type: 'boolean' },
    outcome: { type: ['string', 'null'] },
  },
} as const;

export const historyEntry = {
  type: 'object',
  properties: {
    at: { type: 'string' }, actor: { type: ['string', 'null'] }, kind: { type: 'string' }, taskKey: { type: ['string', 'null'] },
    action: { type: ['string', 'null'] }, comment: { type: ['string', 'null'] }, data: { type: ['object', 'null'], additionalProperties: true },
    actorRole: { type: ['string', 'null'], description: 'Vai trò khi thực hiện: vai trò của bước, "citizen", hoặc các vai trò cán bộ nắm giữ lúc đó' },
    attachments: {
      type: 'array', description: 'Tệp đi kèm thao tác (dự thảo kết quả, giấy tờ bổ sung…)',
      items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, componentCode: { type: ['string', 'null'] }, purpose: { type: 'string' } } },
    },
  },
} as const;

/** One message sent, or tried, to the applicant (G1). */
export const sentNotification = {
  type: 'object',
  properties: {
    at: { type: 'string' },
    kind: { type: 'string', description: 'received, supplement_requested, refused, result_ready, not_resolved, apology, stopped' },
    channel: { type: 'string', enum: ['email', 'sms', 'zalo'] },
    recipient: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' },
    status: { type: 'string', enum: ['sent', 'failed'] }, error: { type: ['string', 'null'] }, attempt: { type: 'integer' },
  },
} as const;

export const trackResult = {
  type: 'object',
  properties: {
    code: { type: 'string' }, procedureName: { type: 'string' }, sectorName: { type: ['string', 'null'] }, agencyName: { type: 'string' },
    applicantName: { type: 'string' }, submittedAt: nullableTime, receivedAt: nullableTime, dueAt: nullableTime,
    status: { type: 'string' }, statusLabel: { type: 'string' },
  },
} as const;

export const reasonBody = {
  type: 'object', additionalProperties: false, required: ['reason'],
  properties: { reason: { type: 'string', minLength: 5, maxLength: 4000 } },
} as const;
