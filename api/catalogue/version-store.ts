import type { EntityManager } from '@mikro-orm/postgresql';
import type { FormDefinition } from '../../forms';
import type { Decision, ProcedureVersion, VersionStatus } from './model';
import { json, sql, toDate, toDateOrNull } from './sql';

/** The stored content of a version: everything a draft edit may change. */
export type VersionContent = Pick<ProcedureVersion,
  'name' | 'agencyCodes' | 'steps' | 'methods' | 'components' | 'processingTime' | 'applicants' | 'result' | 'fees' | 'conditions'
  | 'legalBasis' | 'serviceLevel' | 'postalAllowed' | 'immediateResult' | 'crossBoundary' | 'processKey' | 'processVersion' | 'form'
  | 'decision'> & { sectorId: number };

interface VersionRow {
  id: number;
  procedure_id: number;
  code: string;
  version: number;
  status: VersionStatus;
  revision: number;
  name: string;
  sector_code: string;
  sector_name: string;
  agency_codes: string[];
  steps: string;
  methods: ProcedureVersion['methods'];
  components: ProcedureVersion['components'];
  processing_time_value: string;
  processing_time_unit: 'working_days' | 'working_hours';
  applicants: string;
  result: string;
  fees: ProcedureVersion['fees'];
  conditions: string;
  legal_basis: string;
  service_level: ProcedureVersion['serviceLevel'];
  postal_allowed: boolean;
  immediate_result: boolean;
  cross_boundary: boolean;
  process_key: string | null;
  process_version: number | null;
  form: FormDefinition | null;
  decision_number: string | null;
  decision_date: string | null;
  review_note: string | null;
  submitted_at: string | null;
  published_at: string | null;
  abolition_number: string | null;
  abolition_date: string | null;
  abolished_at: string | null;
  created_at: string;
  updated_at: string;
}

export const VERSION_SELECT = `
  select v.*, p.code, s.code as sector_code, s.name as sector_name
    from procedure_version v
    join procedure p on p.id = v.procedure_id
    join sector s on s.id = v.sector_id`;

const decisionOf = (number: string | null, date: string | null): Decision | null => (number && date ? { number, date: String(date) } : null);

export function versionFromRow(row: VersionRow): ProcedureVersion {
  return {
    id: row.id,
    procedureId: row.procedure_id,
    code: row.code,
    version: row.version,
    status: row.status,
    revision: row.revision,
    name: row.name,
    sectorCode: row.sector_code,
    sectorName: row.sector_name,
    agencyCodes: row.agency_codes,
    steps: row.steps,
    methods: row.methods,
    components: row.components,
    processingTime: { value: Number(row.processing_time_value), unit: row.processing_time_unit },
    applicants: row.applicants,
    result: row.result,
    fees: row.fees,
    conditions: row.conditions,
    legalBasis: row.legal_basis,
    serviceLevel: row.service_level,
    postalAllowed: row.postal_allowed,
    immediateResult: row.immediate_result,
    crossBoundary: row.cross_boundary,
    processKey: row.process_key,
    processVersion: row.process_version,
    form: row.form,
    decision: decisionOf(row.decision_number, row.decision_date),
    reviewNote: row.review_note,
    submittedAt: toDateOrNull(row.submitted_at),
    publishedAt: toDateOrNull(row.published_at),
    abolition: decisionOf(row.abolition_number, row.abolition_date),
    abolishedAt: toDateOrNull(row.abolished_at),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export type VersionSelector =
  | { id: number }
  | { code: string; version: number }
  /** `open`: the draft or version in review; `live`: the version in force. */
  | { code: string; state: 'open' | 'live' | 'latest' };

/** One version, or null. `forUpdate` locks the version row for the rest of the transaction. */
export async function findVersion(em: EntityManager, selector: VersionSelector, forUpdate = false): Promise<ProcedureVersion | null> {
  let where: string;
  let params: unknown[];
  if ('id' in selector) [where, params] = ['v.id = ?', [selector.id]];
  else if ('version' in selector) [where, params] = ['p.code = ? and v.version = ?', [selector.code, selector.version]];
  else if (selector.state === 'open') [where, params] = [`p.code = ? and v.status in ('draft', 'in_review')`, [selector.code]];
  else if (selector.state === 'live') [where, params] = [`p.code = ? and v.status = 'published'`, [selector.code]];
  else [where, params] = ['p.code = ? and v.version = (select max(version) from procedure_version where procedure_id = p.id)', [selector.code]];
  const rows = await sql<VersionRow>(em, `${VERSION_SELECT} where ${where}${forUpdate ? ' for update of v' : ''}`, params);
  return rows[0] ? versionFromRow(rows[0]) : null;
}

export async function listVersions(em: EntityManager, code: string): Promise<ProcedureVersion[]> {
  const rows = await sql<VersionRow>(em, `${VERSION_SELECT} where p.code = ? order by v.version desc`, [code]);
  return rows.map(versionFromRow);
}

/** Locks the procedure row, serialising every lifecycle change of one procedure. */
export async function lockProcedure(em: EntityManager, code: string): Promise<{ id: number } | null> {
  const rows = await sql<{ id: number }>(em, 'select id from procedure where code = ? for update', [code]);
  return rows[0] ?? null;
}

export async function createProcedureRow(em: EntityManager, code: string, now: Date): Promise<number> {
  const rows = await sql<{ id: number }>(em, 'insert into procedure (code, created_at) values (?, ?) returning id', [code, now]);
  return rows[0].id;
}

const CONTENT_COLUMNS = `name, sector_id, agency_codes, steps, methods, components, processing_time_value, processing_time_unit,
  applicants, result, fees, conditions, legal_basis, service_level, postal_allowed, immediate_result, cross_boundary,
  process_key, process_version, form, decision_number, decision_date`;

function contentParams(c: VersionContent): unknown[] {
  return [
    c.name, c.sectorId, json(c.agencyCodes), c.steps, json(c.methods), json(c.components), c.processingTime.value, c.processingTime.unit,
    c.applicants, c.result, json(c.fees), c.conditions, c.legalBasis, c.serviceLevel, c.postalAllowed, c.immediateResult, c.crossBoundary,
    c.processKey, c.processVersion, c.form === null ? null : json(c.form), c.decision?.number ?? null, c.decision?.date ?? null,
  ];
}

const CONTENT_PLACEHOLDERS = '?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::date';

export async function insertVersion(
  em: EntityManager, procedureId: number, version: number, content: VersionContent, by: number | null, now: Date,
): Promise<number> {
  const rows = await sql<{ id: number }>(em,
    `insert into procedure_version (procedure_id, version, status, ${CONTENT_COLUMNS}, created_by, created_at, updated_at)
     values (?, ?, 'draft', ${CONTENT_PLACEHOLDERS}, ?, ?, ?) returning id`,
    [procedureId, version, ...contentParams(content), by, now, now]);
  return rows[0].id;
}

/** Replaces a draft's content and bumps its revision. */
export async function updateVersionContent(em: EntityManager, id: number, content: VersionContent, now: Date): Promise<void> {
  const assignments = CONTENT_COLUMNS.split(',').map((column, i) => {
    const placeholder = CONTENT_PLACEHOLDERS.split(', ')[i];
    return `${column.trim()} = ${placeholder}`;
  });
  await sql(em, `update procedure_version set ${assignments.join(', ')}, revision = revision + 1, updated_at = ? where id = ?`,
    [...contentParams(content), now, id]);
}

/** Moves a version to a new status, setting the columns that record the move. */
export async function setVersionState(
  em: EntityManager, id: number, status: VersionStatus, columns: Record<string, unknown>, now: Date,
): Promise<void> {
  const names = Object.keys(columns);
  const assignments = names.map((name) => `${name} = ?`);
  await sql(em, `update procedure_version set status = ?, ${[...assignments, 'updated_at = ?'].join(', ')} where id = ?`,
    [status, ...names.map((name) => columns[name]), now, id]);
}

export async function nextVersionNumber(em: EntityManager, procedureId: number): Promise<number> {
  const rows = await sql<{ next: number }>(em, 'select coalesce(max(version), 0) + 1 as next from procedure_version where procedure_id = ?', [procedureId]);
  return Number(rows[0].next);
}
