import type { EntityManager } from '@mikro-orm/postgresql';
import { hasFormView, validateFormDefinition, type FormDefinition } from '../../forms';
import type { ErrorDetail } from '../errors/catalogue';
import { toWorkingHours, type Decision, type ProcedureVersion } from './model';
import { budgetHours, describeHours, findDeployedProcess, type DeployedProcess } from './process-lookup';
import { unknownAgencies } from './record-rules';
import { sql } from './sql';

/**
 * Kiểm tra trước khi công bố (REQUIREMENTS A4-A5; CT phụ lục, bước 1 và 5): the bound process
 * exists, its step budgets fit in the legal time, the e-form is valid and asks for every required
 * dossier component, and a test run passed on exactly this content. Every failure is a finding.
 */

export interface PublicationReview {
  findings: ErrorDetail[];
  /** The process version publication binds: the one named, or the latest deployed. */
  process: DeployedProcess | null;
}

/** Online services need a process to run on; offline and level-2 records may be information only. */
const NEEDS_PROCESS = new Set(['full_online', 'partial_online', 'level3', 'level4']);

function budgetFindings(version: ProcedureVersion, process: DeployedProcess): ErrorDetail[] {
  const budget = budgetHours(process);
  const limits = [
    { path: '/processingTime', duration: version.processingTime, what: 'thời hạn giải quyết' },
    ...version.methods.flatMap((method, index) => (method.processingTime
      ? [{ path: `/methods/${index}/processingTime`, duration: method.processingTime, what: `thời hạn giải quyết khi nộp qua kênh ${method.channel}` }]
      : [])),
  ];
  return limits.flatMap(({ path, duration, what }) => {
    const legal = toWorkingHours(duration);
    if (budget <= legal + 1e-9) return [];
    return [{
      path,
      message: `Tổng thời gian các bước của quy trình “${process.key}” phiên bản ${process.version} là ${describeHours(budget)}, vượt ${what} ${describeHours(legal)}.`,
    }];
  });
}

function formViewFindings(form: FormDefinition, process: DeployedProcess): ErrorDetail[] {
  return process.userTasks.flatMap((task) => (task.formView && !hasFormView(form, task.formView)
    ? [{ path: '/formSchema/views', message: `Bước “${task.name ?? task.id}” của quy trình dùng khung nhìn biểu mẫu “${task.formView}” nhưng biểu mẫu không có khung nhìn này.` }]
    : []));
}

/** The form's components against the record's: none unknown, none required left out. */
export function componentFindings(version: ProcedureVersion, form: FormDefinition): ErrorDetail[] {
  const recorded = new Map(version.components.map((c) => [c.code, c]));
  const asked = new Set((form.components ?? []).map((c) => c.code));
  const findings: ErrorDetail[] = [];
  (form.components ?? []).forEach((component, index) => {
    if (!recorded.has(component.code)) {
      findings.push({ path: `/formSchema/components/${index}`, message: `Biểu mẫu yêu cầu thành phần hồ sơ “${component.name}” (${component.code}) không có trong thủ tục.` });
    }
  });
  version.components.forEach((component, index) => {
    if (component.required && !asked.has(component.code)) {
      findings.push({ path: `/components/${index}`, message: `Biểu mẫu điện tử thiếu thành phần hồ sơ bắt buộc “${component.name}” (${component.code}).` });
    }
  });
  return findings;
}

async function testRunFindings(em: EntityManager, version: ProcedureVersion): Promise<ErrorDetail[]> {
  const rows = await sql<{ outcome: string }>(em,
    'select outcome from procedure_test_run where version_id = ? and revision = ? order by run_at desc, id desc limit 1',
    [version.id, version.revision]);
  if (rows[0]?.outcome === 'passed') return [];
  const message = rows[0]
    ? 'Lần chạy thử gần nhất của nội dung hiện tại không đạt; cần chạy thử lại đạt yêu cầu trước khi công bố.'
    : 'Chưa có lần chạy thử nào đạt yêu cầu cho nội dung hiện tại của phiên bản (cần ghi nhận kết quả chạy thử trước khi công bố).';
  return [{ path: '/testRuns', message }];
}

async function agencyFindings(em: EntityManager, version: ProcedureVersion): Promise<ErrorDetail[]> {
  const unknown = await unknownAgencies(em, version.agencyCodes);
  if (version.agencyCodes.length > 0) return unknown;
  const listed = await sql(em, 'select 1 from procedure_agency where procedure_id = ? limit 1', [version.procedureId]);
  return listed.length > 0 ? [] : [{ path: '/agencyCodes', message: 'Chưa xác định cơ quan thực hiện thủ tục.' }];
}

async function processFindings(em: EntityManager, version: ProcedureVersion): Promise<PublicationReview> {
  if (!version.processKey) {
    const findings = NEEDS_PROCESS.has(version.serviceLevel)
      ? [{ path: '/processKey', message: 'Dịch vụ công trực tuyến phải gắn một quy trình nội bộ đã triển khai.' }]
      : [];
    return { findings, process: null };
  }
  const process = await findDeployedProcess(em, version.processKey, version.processVersion);
  if (!process) {
    const which = version.processVersion ? ` phiên bản ${version.processVersion}` : '';
    return { findings: [{ path: '/processKey', message: `Quy trình nội bộ “${version.processKey}”${which} chưa được triển khai.` }], process: null };
  }
  const findings = budgetFindings(version, process);
  if (!version.form) {
    findings.push({ path: '/formSchema', message: 'Thủ tục có quy trình nội bộ phải có biểu mẫu điện tử.' });
  } else {
    findings.push(...formViewFindings(version.form, process));
  }
  findings.push(...(await testRunFindings(em, version)));
  return { findings, process };
}

/** Every reason the version cannot be published under `decision` yet; none means it can. */
export async function reviewForPublication(em: EntityManager, version: ProcedureVersion, decision: Decision | null): Promise<PublicationReview> {
  const findings: ErrorDetail[] = [];
  if (!decision) findings.push({ path: '/decision', message: 'Thiếu số và ngày của Quyết định công bố thủ tục hành chính.' });
  findings.push(...(await agencyFindings(em, version)));
  if (version.form) {
    findings.push(...validateFormDefinition(version.form).map((f) => ({ path: `/formSchema${f.path}`, message: f.message })));
    findings.push(...componentFindings(version, version.form));
  }
  const review = await processFindings(em, version);
  return { findings: [...findings, ...review.findings], process: review.process };
}
