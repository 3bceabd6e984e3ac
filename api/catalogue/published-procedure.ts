import type { EntityManager } from '@mikro-orm/postgresql';
import type { FormDefinition } from '../../forms';
import { catalogueCodesOf } from './agency-catalogue';
import type { ProcedureVersion, VersionStatus, WorkingDuration } from './model';
import { findDeployedProcess } from './process-lookup';
import { findVersion } from './version-store';

/**
 * What other features (dossiers, tasks, notices) need of a procedure version: the process it
 * runs on, the legal time, the form, the components and the agencies that may receive it.
 */
export interface PublishedProcedure {
  versionId: number;
  code: string;
  name: string;
  version: number;
  /** `published` for the version in force; a dossier's own version may since be superseded or abolished. */
  status: VersionStatus;
  sectorCode: string;
  sectorName: string;
  processKey: string;
  processVersion: number;
  processingTime: WorkingDuration;
  serviceLevel: string;
  immediateResult: boolean;
  postalAllowed: boolean;
  crossBoundary: boolean;
  /** The agencies whose catalogue holds the procedure now. */
  agencyCodes: string[];
  components: { code: string; name: string; required: boolean; originals: number; copies: number }[];
  form: FormDefinition;
  fees: { name: string; amount: number }[];
}

async function toPublished(em: EntityManager, version: ProcedureVersion): Promise<PublishedProcedure | null> {
  if (!version.processKey || !version.form) return null;
  // A published version always has its process version bound; a draft runs on the latest (test runs).
  const processVersion = version.processVersion ?? (await findDeployedProcess(em, version.processKey, null))?.version;
  if (processVersion === undefined) return null;
  const agencies = await catalogueCodesOf(em, [version.procedureId]);
  const catalogue = agencies.get(version.procedureId) ?? [];
  return {
    versionId: version.id,
    code: version.code,
    name: version.name,
    version: version.version,
    status: version.status,
    sectorCode: version.sectorCode,
    sectorName: version.sectorName,
    processKey: version.processKey,
    processVersion,
    processingTime: version.processingTime,
    serviceLevel: version.serviceLevel,
    immediateResult: version.immediateResult,
    postalAllowed: version.postalAllowed,
    crossBoundary: version.crossBoundary,
    // Before publication (a test run) the catalogue is still empty: the record's own agencies stand in.
    agencyCodes: catalogue.length > 0 ? catalogue : version.agencyCodes,
    components: version.components.map(({ code, name, required, originals, copies }) => ({ code, name, required, originals, copies })),
    // A draft changes under the same version number: its revision keeps validator caches from serving a stale schema.
    form: { ...version.form, id: version.code, version: version.status === 'draft' || version.status === 'in_review' ? `${version.version}-r${version.revision}` : version.version },
    fees: version.fees.map(({ name, amount }) => ({ name, amount })),
  };
}

/**
 * The version of `code` in force, for filing a new dossier. Null when there is none (never
 * published, abolished) or when it is information only (no process bound: nothing to file).
 */
export async function findPublishedProcedure(em: EntityManager, code: string): Promise<PublishedProcedure | null> {
  const live = await findVersion(em, { code, state: 'live' });
  return live ? toPublished(em, live) : null;
}

/**
 * A version by id, whatever became of it since: a dossier stays on the version it was filed
 * under. Drafts are found too, for test runs in a sandbox. Null for an unknown id or an
 * information-only version.
 */
export async function findProcedureVersion(em: EntityManager, versionId: number): Promise<PublishedProcedure | null> {
  const version = await findVersion(em, { id: versionId });
  return version ? toPublished(em, version) : null;
}
