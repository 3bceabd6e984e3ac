import type { EntityManager } from '@mikro-orm/postgresql';
import { start } from '../../engine';
import { validateFormData } from '../../forms';
import { findPublishedProcedure, type PublishedProcedure } from '../catalogue';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { CitizenPrincipal } from '../identity/citizen-principal';
import { coversAgencyPath, type Principal } from '../identity/principal';
import type { DefinitionStore } from '../workflow/definitions';
import { persistStep } from '../workflow/step-writer';
import { applicantProblems, type Applicant } from './applicant';
import { nextDossierCode } from './dossier-code';

/** Kênh tiếp nhận (D1). */
export type Channel = 'online' | 'counter' | 'postal';
/** Hình thức nhận kết quả (C6). */
export type ResultDelivery = 'counter' | 'postal' | 'online';

export interface NewDossier {
  procedureCode: string;
  agencyCode: string;
  channel: Channel;
  applicant: Applicant;
  formData: Record<string, unknown>;
  resultDelivery?: ResultDelivery;
}

/** Who brings the dossier in: an officer at the desk or by post, or a citizen online. */
export type Submitter = { kind: 'officer'; principal: Principal } | { kind: 'citizen'; citizen: CitizenPrincipal };

export interface CreatedDossier {
  code: string;
  status: string;
  receivedAt: Date | null;
  dueAt: Date | null;
}

const ONLINE_LEVELS = new Set(['full_online', 'partial_online', 'level3', 'level4']);

export interface CommandDeps {
  em: EntityManager;
  definitions: DefinitionStore;
  calendar: WorkingCalendar;
  now: Date;
}

/** Everything that makes a submission unacceptable, checked before anything is written. */
function checkSubmission(procedure: PublishedProcedure, input: NewDossier): void {
  if (!procedure.agencyCodes.includes(input.agencyCode)) {
    throw new AppError('AGENCY_NOT_IMPLEMENTING', [{ path: '/agencyCode', message: `Cơ quan ${input.agencyCode} không thực hiện thủ tục này.` }]);
  }
  const online = ONLINE_LEVELS.has(procedure.serviceLevel);
  if (input.channel === 'online' && !online) throw new AppError('CHANNEL_NOT_OFFERED', [{ path: '/channel', message: 'Thủ tục này chưa cung cấp dịch vụ công trực tuyến.' }]);
  if (input.channel === 'postal' && !procedure.postalAllowed) throw new AppError('CHANNEL_NOT_OFFERED', [{ path: '/channel', message: 'Thủ tục này không tiếp nhận qua dịch vụ bưu chính công ích.' }]);
  if (input.resultDelivery === 'postal' && !procedure.postalAllowed) throw new AppError('CHANNEL_NOT_OFFERED', [{ path: '/resultDelivery', message: 'Thủ tục này không trả kết quả qua bưu chính công ích.' }]);
  if (input.resultDelivery === 'online' && !online) throw new AppError('CHANNEL_NOT_OFFERED', [{ path: '/resultDelivery', message: 'Thủ tục này không trả kết quả trực tuyến.' }]);
  const problems = [...applicantProblems(input.applicant), ...validateFormData(procedure.form, input.formData, {
    basePath: '/formData', cacheKey: `procedure-version:${procedure.versionId}`,
  })];
  if (problems.length) throw new AppError('FORM_INVALID', problems);
}

/** Who may bring a dossier in through each channel (D1). */
function checkChannelActor(principal: Principal, channel: Channel, agencyPath: string): void {
  const role = channel === 'counter' ? 'desk_officer' : channel === 'postal' ? 'postal_staff' : null;
  if (role && !principal.roles.includes(role)) throw new AppError('FORBIDDEN', [], 'Chỉ cán bộ tiếp nhận (tại quầy) hoặc nhân viên bưu chính (qua bưu chính) được nhập hồ sơ.');
  if (role && !coversAgencyPath(principal, agencyPath)) throw new AppError('OUT_OF_SCOPE');
}

/**
 * Tiếp nhận hồ sơ. A counter or postal dossier is received at once: the process starts and the
 * appointment date is set. An online one waits as `submitted` for a desk officer (receive.ts).
 */
export async function createDossier(deps: CommandDeps, submitter: Submitter, input: NewDossier): Promise<CreatedDossier> {
  const { em, now } = deps;
  const procedure = await findPublishedProcedure(em, input.procedureCode);
  if (!procedure) throw new AppError('UNKNOWN_PROCEDURE', [{ path: '/procedureCode', message: `Không có thủ tục đã công bố mã "${input.procedureCode}".` }]);
  checkSubmission(procedure, input);
  const agency = await sql(em).one<{ id: number; code: string; path: string }>('select id, code, path from agency where code = ?', [input.agencyCode]);
  if (!agency) throw new AppError('UNKNOWN_AGENCY');
  if (input.channel === 'online' && submitter.kind !== 'citizen') {
    throw new AppError('FORBIDDEN', [], 'Hồ sơ trực tuyến do công dân, tổ chức nộp qua Cổng Dịch vụ công.');
  }
  if (input.channel !== 'online') {
    if (submitter.kind !== 'officer') throw new AppError('FORBIDDEN', [], 'Công dân, tổ chức nộp hồ sơ qua kênh trực tuyến.');
    checkChannelActor(submitter.principal, input.channel, agency.path);
  }
  const applicantSubject = submitter.kind === 'citizen' ? submitter.citizen.subject : null;
  const process = await sql(em).one<{ id: number }>('select id from process_definition where key = ? and version = ?', [procedure.processKey, procedure.processVersion]);
  if (!process) throw new AppError('PROCESS_NOT_FOUND');

  return em.transactional(async (tx) => {
    const db = sql(tx);
    const code = await nextDossierCode(db, agency, now);
    const inserted = await db.one<{ id: string }>(
      `insert into dossier (code, procedure_version_id, procedure_code, procedure_name, sector_code, sector_name, agency_id, process_definition_id,
                            channel, status, applicant, applicant_subject, form_data, result_delivery, submitted_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?) returning id`,
      [code, procedure.versionId, procedure.code, procedure.name, procedure.sectorCode, procedure.sectorName, agency.id, process.id, input.channel, JSON.stringify(input.applicant),
        applicantSubject, JSON.stringify(input.formData), input.resultDelivery ?? 'counter', now, now, now],
    );
    const dossier = { id: Number(inserted!.id), version: 0, agencyId: agency.id };
    const actor = submitter.kind === 'officer' ? { id: submitter.principal.id, name: submitter.principal.fullName } : { id: null, name: submitter.citizen.fullName, role: 'citizen' };
    if (input.channel === 'online') {
      await persistStep({ db, calendar: deps.calendar, now, actor }, dossier, null, {}, { kind: 'submitted' });
      return { code, status: 'submitted', receivedAt: null, dueAt: null };
    }
    const received = await startProcessing({ ...deps, em: tx }, db, dossier, procedure, process.id, actor, input.channel, input.formData);
    return { code, ...received };
  });
}

/**
 * Starts the procedure's internal process for a received dossier and sets the appointment
 * date (ngày hẹn trả) from the reception time and the legal processing time (E1).
 */
export async function startProcessing(
  deps: CommandDeps, db: ReturnType<typeof sql>, dossier: { id: number; version: number; agencyId: number },
  procedure: PublishedProcedure, processId: number, actor: { id: number | null; name: string }, channel: Channel, formData: Record<string, unknown>,
): Promise<{ status: string; receivedAt: Date; dueAt: Date | null }> {
  const { now, calendar } = deps;
  const definition = await deps.definitions.get(deps.em, processId);
  const step = await start(definition, { variables: { channel, procedureCode: procedure.code, form: formData }, now, hot: deps.definitions.hot(dossier.id) });
  const dueAt = procedure.immediateResult ? null : calendar.addWorkingTime(now, procedure.processingTime);
  await persistStep(
    { db, calendar, now, actor }, dossier, step,
    { status: 'processing', receivedAt: now, receivedBy: actor.id, dueAt },
    { kind: 'received', data: { channel, dueAt: dueAt?.toISOString() ?? null } },
  );
  return { status: 'processing', receivedAt: now, dueAt };
}
