import { toIsoLocal } from '../calendar/local-time';
import type { CatalogueAgency } from './agency-catalogue';
import type { ProcedureVersion } from './model';

const iso = (date: Date | null) => (date ? toIsoLocal(date) : null);

/**
 * A version as the API returns it. `form` is the whole e-form definition; `formSchema` repeats its
 * JSON Schema, the field API.md names, for clients that only validate data.
 */
export function versionView(version: ProcedureVersion, agencies?: CatalogueAgency[]) {
  return {
    code: version.code,
    version: version.version,
    status: version.status,
    revision: version.revision,
    name: version.name,
    sectorCode: version.sectorCode,
    sectorName: version.sectorName,
    agencyCodes: agencies ? agencies.map((agency) => agency.code) : version.agencyCodes,
    ...(agencies ? { agencies } : {}),
    steps: version.steps,
    methods: version.methods,
    components: version.components,
    processingTime: version.processingTime,
    applicants: version.applicants,
    result: version.result,
    fees: version.fees,
    conditions: version.conditions,
    legalBasis: version.legalBasis,
    serviceLevel: version.serviceLevel,
    postalAllowed: version.postalAllowed,
    immediateResult: version.immediateResult,
    crossBoundary: version.crossBoundary,
    processKey: version.processKey,
    processVersion: version.processVersion,
    form: version.form,
    formSchema: version.form?.schema ?? null,
    decision: version.decision,
    publishedAt: iso(version.publishedAt),
    abolition: version.abolition,
    abolishedAt: iso(version.abolishedAt),
    reviewNote: version.reviewNote,
    submittedAt: iso(version.submittedAt),
    createdAt: iso(version.createdAt),
    updatedAt: iso(version.updatedAt),
  };
}

/** The short form of a version in lists of versions and of drafts. */
export function versionSummary(version: ProcedureVersion) {
  return {
    code: version.code,
    version: version.version,
    status: version.status,
    revision: version.revision,
    name: version.name,
    sectorCode: version.sectorCode,
    serviceLevel: version.serviceLevel,
    decision: version.decision,
    publishedAt: iso(version.publishedAt),
    abolishedAt: iso(version.abolishedAt),
    updatedAt: iso(version.updatedAt),
  };
}

export const versionSummaryResponse = {
  type: 'object',
  properties: {
    code: { type: 'string' }, version: { type: 'integer' }, status: { type: 'string' }, revision: { type: 'integer' },
    name: { type: 'string' }, sectorCode: { type: 'string' }, serviceLevel: { type: 'string' },
    decision: { type: ['object', 'null'], properties: { number: { type: 'string' }, date: { type: 'string' } } },
    publishedAt: { type: ['string', 'null'] }, abolishedAt: { type: ['string', 'null'] }, updatedAt: { type: ['string', 'null'] },
  },
} as const;
