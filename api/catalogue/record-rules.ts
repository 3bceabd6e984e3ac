import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type ErrorDetail } from '../errors/catalogue';
import { bindForm } from './form-binding';
import type { ProcedureInput, ProcedureVersion } from './model';
import { json, sql } from './sql';
import type { VersionContent } from './version-store';

/**
 * The rules a procedure record obeys before it is even a draft: known sector and agencies, unique
 * component codes and channels, a usable e-form. Route schemas have already checked the shapes.
 */

function duplicates<T>(items: T[], key: (item: T) => string, path: (index: number) => string, what: string): ErrorDetail[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [{ path: path(index), message: `${what} “${value}” bị trùng.` }];
  });
}

async function sectorId(em: EntityManager, code: string): Promise<number> {
  const rows = await sql<{ id: number }>(em, 'select id from sector where code = ?', [code]);
  if (!rows[0]) throw new AppError('UNKNOWN_SECTOR', [{ path: '/sectorCode', message: `Không có lĩnh vực mã “${code}”.` }]);
  return rows[0].id;
}

/** Codes that name no agency, with where they stand in the list. */
export async function unknownAgencies(em: EntityManager, codes: string[], path = '/agencyCodes'): Promise<ErrorDetail[]> {
  if (codes.length === 0) return [];
  const rows = await sql<{ code: string }>(em, 'select code from agency where code in (select jsonb_array_elements_text(?::jsonb))', [json(codes)]);
  const known = new Set(rows.map((row) => row.code));
  return codes.flatMap((code, index) => (known.has(code) ? [] : [{ path: `${path}/${index}`, message: `Không có cơ quan mã “${code}”.` }]));
}

function recordProblems(input: ProcedureInput): ErrorDetail[] {
  const components = input.components ?? [];
  const problems = [
    ...duplicates(components, (c) => c.code, (i) => `/components/${i}/code`, 'Mã thành phần hồ sơ'),
    ...duplicates(input.methods ?? [], (m) => m.channel, (i) => `/methods/${i}/channel`, 'Cách thức thực hiện'),
    ...duplicates(input.fees ?? [], (f) => f.name, (i) => `/fees/${i}/name`, 'Khoản phí, lệ phí'),
  ];
  components.forEach((component, index) => {
    if (component.originals + component.copies === 0) {
      problems.push({ path: `/components/${index}`, message: `Thành phần hồ sơ “${component.name}” phải có ít nhất một bản chính hoặc một bản sao.` });
    }
  });
  if (input.processingTime.value === 0 && !input.immediateResult) {
    problems.push({ path: '/processingTime/value', message: 'Thời hạn giải quyết bằng 0 chỉ dùng cho thủ tục trả kết quả ngay.' });
  }
  if (input.processVersion != null && !input.processKey) {
    problems.push({ path: '/processVersion', message: 'Chỉ ghi phiên bản quy trình khi đã chọn quy trình nội bộ (processKey).' });
  }
  return problems;
}

/** Checks an input and turns it into the content of version `version` of procedure `code`. */
export async function buildContent(em: EntityManager, input: ProcedureInput, version: number): Promise<VersionContent> {
  const id = await sectorId(em, input.sectorCode);
  const agencyCodes = [...new Set(input.agencyCodes)];
  const unknown = await unknownAgencies(em, agencyCodes);
  if (unknown.length > 0) throw new AppError('UNKNOWN_AGENCY', unknown);
  const problems = recordProblems(input);
  if (problems.length > 0) throw new AppError('PROCEDURE_INVALID', problems);
  const components = (input.components ?? []).map((c) => ({
    code: c.code, name: c.name, originals: c.originals, copies: c.copies, formTemplate: c.formTemplate ?? null, required: c.required,
  }));
  let form = null;
  if (input.formSchema !== undefined && input.formSchema !== null) {
    const bound = bindForm(input.formSchema, { code: input.code, version, name: input.name, components });
    if (bound.findings.length > 0) throw new AppError('PROCEDURE_FORM_INVALID', bound.findings);
    form = bound.form;
  }
  return {
    name: input.name.trim(),
    sectorId: id,
    agencyCodes,
    steps: input.steps ?? '',
    methods: input.methods ?? [],
    components,
    processingTime: input.processingTime,
    applicants: input.applicants ?? '',
    result: input.result ?? '',
    fees: input.fees ?? [],
    conditions: input.conditions ?? '',
    legalBasis: input.legalBasis ?? '',
    serviceLevel: input.serviceLevel,
    postalAllowed: input.postalAllowed ?? false,
    immediateResult: input.immediateResult ?? false,
    crossBoundary: input.crossBoundary ?? false,
    processKey: input.processKey ?? null,
    processVersion: input.processVersion ?? null,
    form,
    decision: input.decision ?? null,
  };
}

/** A stored version as the input that would recreate it: the base an edit or an amendment patches. */
export function inputOf(version: ProcedureVersion): ProcedureInput {
  return {
    code: version.code,
    name: version.name,
    sectorCode: version.sectorCode,
    agencyCodes: version.agencyCodes,
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
    formSchema: version.form ?? undefined,
    decision: version.decision,
  };
}
