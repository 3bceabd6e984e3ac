import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { coversAgencyPath, isProvinceWide, type Principal } from '../identity/principal';

/**
 * Phản ánh, kiến nghị và hỏi đáp (C8): a citizen writes to an agency; the agency answers within a
 * deadline counted in working days (15 for questions after Long An, 3 for feedback after Sóc
 * Trăng, both configurable); an answer the agency publishes becomes searchable by everyone,
 * without the asker's identity.
 */

export type FeedbackKind = 'feedback' | 'question';

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = { feedback: 'Phản ánh, kiến nghị', question: 'Câu hỏi' };

export interface NewFeedback {
  kind: FeedbackKind;
  agencyCode: string;
  procedureCode?: string;
  dossierCode?: string;
  title: string;
  body: string;
}

interface FeedbackRow {
  id: number; kind: FeedbackKind; agency_code: string; agency_name: string; procedure_code: string | null; dossier_code: string | null;
  title: string; body: string; status: 'open' | 'answered'; due_at: Date; answer: string | null; answered_at: Date | null;
  published: boolean; created_at: Date;
}

const COLUMNS = `f.id, f.kind, a.code as agency_code, a.name as agency_name, f.procedure_code, f.dossier_code, f.title, f.body, f.status,
  f.due_at, f.answer, f.answered_at, f.published, f.created_at`;

function view(row: FeedbackRow, now: Date) {
  return {
    id: row.id, kind: row.kind, kindLabel: FEEDBACK_KIND_LABELS[row.kind], agencyCode: row.agency_code, agencyName: row.agency_name,
    procedureCode: row.procedure_code, dossierCode: row.dossier_code, title: row.title, body: row.body, status: row.status,
    statusLabel: row.status === 'answered' ? 'Đã trả lời' : 'Đang chờ trả lời',
    dueAt: toIsoLocal(row.due_at), overdue: row.status === 'open' && row.due_at < now,
    answer: row.answer, answeredAt: row.answered_at ? toIsoLocal(row.answered_at) : null, published: row.published,
    createdAt: toIsoLocal(row.created_at),
  };
}

export async function answerDeadlines(em: EntityManager): Promise<Record<FeedbackKind, number>> {
  const rows = await sql(em).all<{ kind: FeedbackKind; answer_working_days: string }>('select kind, answer_working_days from feedback_setting');
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.answer_working_days)])) as Record<FeedbackKind, number>;
}

export async function setAnswerDeadlines(em: EntityManager, days: Partial<Record<FeedbackKind, number>>) {
  for (const [kind, value] of Object.entries(days)) {
    await sql(em).run('update feedback_setting set answer_working_days = ? where kind = ?', [value, kind]);
  }
  return answerDeadlines(em);
}

export async function submitFeedback(em: EntityManager, calendar: WorkingCalendar, citizen: { id: number; subject: string }, input: NewFeedback, now: Date) {
  const db = sql(em);
  const agency = await db.one<{ id: number }>('select id from agency where code = ?', [input.agencyCode]);
  if (!agency) throw new AppError('UNKNOWN_AGENCY', [{ path: '/agencyCode', message: 'Cơ quan đã chọn không tồn tại.' }]);
  if (input.dossierCode) {
    const own = await db.one('select 1 from dossier where code = ? and applicant_subject = ?', [input.dossierCode, citizen.subject]);
    if (!own) throw new AppError('DOSSIER_NOT_FOUND', [{ path: '/dossierCode', message: 'Không tìm thấy hồ sơ này trong các hồ sơ của bạn.' }]);
  }
  const days = (await answerDeadlines(em))[input.kind];
  const dueAt = calendar.addWorkingTime(now, { value: days, unit: 'working_days' });
  const inserted = await db.one<{ id: number }>(
    `insert into citizen_feedback (kind, citizen_id, agency_id, procedure_code, dossier_code, title, body, due_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [input.kind, citizen.id, agency.id, input.procedureCode ?? null, input.dossierCode ?? null, input.title.trim(), input.body.trim(), dueAt, now],
  );
  return findFeedback(em, inserted!.id, now);
}

async function findFeedback(em: EntityManager, id: number, now: Date) {
  const row = await sql(em).one<FeedbackRow>(`select ${COLUMNS} from citizen_feedback f join agency a on a.id = f.agency_id where f.id = ?`, [id]);
  if (!row) throw new AppError('FEEDBACK_NOT_FOUND');
  return view(row, now);
}

export async function myFeedback(em: EntityManager, citizenId: number, now: Date) {
  const rows = await sql(em).all<FeedbackRow>(
    `select ${COLUMNS} from citizen_feedback f join agency a on a.id = f.agency_id where f.citizen_id = ? order by f.created_at desc, f.id desc`,
    [citizenId],
  );
  return rows.map((row) => view(row, now));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface PublicQuery {
  q?: string;
  agencyCode?: string;
  kind?: FeedbackKind;
  page: number;
  pageSize: number;
}

/** Published answers, found with or without diacritics: every word typed must appear. */
export async function publishedAnswers(em: EntityManager, query: PublicQuery, now: Date) {
  const conditions = ['f.published', `f.status = 'answered'`];
  const params: unknown[] = [];
  for (const word of (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10)) {
    conditions.push(`lower(public.unaccent(f.title || ' ' || f.body || ' ' || coalesce(f.answer, ''))) like '%' || lower(public.unaccent(?)) || '%' escape '\\'`);
    params.push(escapeLike(word));
  }
  if (query.agencyCode) {
    conditions.push('a.code = ?');
    params.push(query.agencyCode);
  }
  if (query.kind) {
    conditions.push('f.kind = ?');
    params.push(query.kind);
  }
  const where = conditions.join(' and ');
  const db = sql(em);
  const total = await db.one<{ count: string }>(`select count(*) from citizen_feedback f join agency a on a.id = f.agency_id where ${where}`, params);
  const rows = await db.all<FeedbackRow>(
    `select ${COLUMNS} from citizen_feedback f join agency a on a.id = f.agency_id where ${where}
      order by f.answered_at desc, f.id desc limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return { total: Number(total?.count ?? 0), items: rows.map((row) => publicView(view(row, now))) };
}

export async function publishedAnswer(em: EntityManager, id: number, now: Date) {
  const item = await findFeedback(em, id, now);
  if (!item.published || item.status !== 'answered') throw new AppError('FEEDBACK_NOT_FOUND');
  return publicView(item);
}

/** What everyone may read: the question and the answer, never who asked or about which dossier. */
function publicView(item: ReturnType<typeof view>) {
  const { dossierCode: _dossierCode, overdue: _overdue, dueAt: _dueAt, ...rest } = item;
  return rest;
}

/**
 * Officers see what was sent to agencies in their scope (their agency subtree, or all for
 * province-wide roles), with the working days left before the answer is due (negative once late),
 * counted on the working calendar as the deadline itself is.
 */
export async function feedbackInbox(
  em: EntityManager, calendar: WorkingCalendar, principal: Principal, filter: { status?: 'open' | 'answered'; kind?: FeedbackKind }, now: Date,
) {
  const conditions = ['true'];
  const params: unknown[] = [];
  if (!isProvinceWide(principal)) {
    conditions.push('a.path like ?');
    params.push(`${principal.agencyPath ?? '\u0000'}%`);
  }
  if (filter.status) {
    conditions.push('f.status = ?');
    params.push(filter.status);
  }
  if (filter.kind) {
    conditions.push('f.kind = ?');
    params.push(filter.kind);
  }
  const rows = await sql(em).all<FeedbackRow>(
    `select ${COLUMNS} from citizen_feedback f join agency a on a.id = f.agency_id where ${conditions.join(' and ')}
      order by f.status, f.due_at, f.id limit 500`, params,
  );
  const workingDay = calendar.toWorkingMs({ value: 1, unit: 'working_days' });
  return rows.map((row) => ({
    ...view(row, now),
    workingDaysLeft: row.status === 'open' ? Math.round((calendar.remaining(now, row.due_at) / workingDay) * 10) / 10 : null,
  }));
}

/** Out of scope reads as not found, so that ids of other agencies' items cannot be probed. */
async function requireInScope(em: EntityManager, principal: Principal, id: number): Promise<void> {
  const row = await sql(em).one<{ path: string }>('select a.path from citizen_feedback f join agency a on a.id = f.agency_id where f.id = ?', [id]);
  if (!row || !coversAgencyPath(principal, row.path)) throw new AppError('FEEDBACK_NOT_FOUND');
}

export async function answerFeedback(em: EntityManager, principal: Principal, id: number, input: { answer: string; publish: boolean }, now: Date) {
  await requireInScope(em, principal, id);
  const updated = await sql(em).run(
    `update citizen_feedback set status = 'answered', answer = ?, answered_by = ?, answered_at = ?, published = ? where id = ? and status = 'open'`,
    [input.answer.trim(), principal.id, now, input.publish, id],
  );
  if (updated === 0) throw new AppError('FEEDBACK_ALREADY_ANSWERED');
  return findFeedback(em, id, now);
}

/** Công khai (or withdraws) an answer given earlier; only an answered item has something to publish. */
export async function publishAnswer(em: EntityManager, principal: Principal, id: number, published: boolean, now: Date) {
  await requireInScope(em, principal, id);
  const updated = await sql(em).run(`update citizen_feedback set published = ? where id = ? and status = 'answered'`, [published, id]);
  if (updated === 0) throw new AppError('FEEDBACK_NOT_ANSWERED');
  return findFeedback(em, id, now);
}
