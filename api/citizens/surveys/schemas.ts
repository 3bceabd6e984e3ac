/** Route schemas of the survey campaigns, shared by the routes, the OpenAPI document and the tests. */

const nullableString = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const date = { type: 'string', format: 'date' } as const;

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

const question = { type: 'object', properties: { code: { type: 'string' }, text: { type: 'string' } } } as const;

export const campaign = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, title: { type: 'string' }, description: nullableString, agencyCode: nullableString, agencyName: { type: 'string' },
    startsOn: { type: 'string' }, endsOn: { type: 'string' }, status: { type: 'string', enum: ['scheduled', 'open', 'closed'] },
    statusLabel: { type: 'string' }, closedAt: nullableString, createdAt: { type: 'string' }, responses: { type: 'integer' },
    questions: { type: 'array', items: question },
  },
} as const;

export const officerCampaign = { type: 'object', properties: { ...campaign.properties, manageable: { type: 'boolean' } } } as const;

export const newCampaign = {
  type: 'object', additionalProperties: false, required: ['title', 'startsOn', 'endsOn'],
  properties: {
    title: { type: 'string', minLength: 5, maxLength: 300 },
    description: { type: 'string', maxLength: 4000 },
    agencyCode: { type: 'string', minLength: 1, maxLength: 50 },
    startsOn: date,
    endsOn: date,
    questions: { type: 'array', minItems: 1, maxItems: 30, items: { type: 'string', minLength: 5, maxLength: 500 } },
  },
} as const;

/** A campaign as the portal shows it: its questions, the five-level scale, the agencies to choose from. */
export const portalCampaign = {
  type: 'object',
  properties: {
    ...campaign.properties,
    scale: { type: 'array', items: { type: 'object', properties: { score: { type: 'integer' }, label: { type: 'string' } } } },
    agencies: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
  },
} as const;

export const surveyAnswer = {
  type: 'object', additionalProperties: false, required: ['agencyCode', 'scores'],
  properties: {
    agencyCode: { type: 'string', minLength: 1, maxLength: 50 },
    scores: { type: 'object', maxProperties: 50, additionalProperties: { type: 'integer', minimum: 1, maximum: 5 } },
    comment: { type: 'string', maxLength: 2000 },
  },
} as const;

export const answered = {
  type: 'object',
  properties: { campaignId: { type: 'integer' }, agencyCode: { type: 'string' }, agencyName: { type: 'string' }, average: { type: 'number' }, answeredAt: { type: 'string' } },
} as const;

export const results = {
  type: 'object',
  properties: {
    campaign,
    totals: { type: 'object', properties: { responses: { type: 'integer' }, average: nullableNumber, satisfiedRate: nullableNumber } },
    questions: {
      type: 'array',
      items: { type: 'object', properties: { ...question.properties, average: nullableNumber, counts: { type: 'array', items: { type: 'integer' } } } },
    },
    agencies: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          agencyCode: { type: 'string' }, agencyName: { type: 'string' }, responses: { type: 'integer' }, average: { type: 'number' },
          satisfiedRate: nullableNumber, questions: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, average: nullableNumber } } },
        },
      },
    },
    comments: { type: 'array', items: { type: 'object', properties: { agencyName: { type: 'string' }, comment: { type: 'string' }, createdAt: { type: 'string' } } } },
  },
} as const;
