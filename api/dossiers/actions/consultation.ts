import { pgArray, type Sql } from '../../db/sql';
import { appendHistory } from '../../workflow/history';
import { AppError } from '../../errors/catalogue';
import type { Principal } from '../../identity/principal';
import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/**
 * Lấy ý kiến cơ quan liên quan (D7): the content, the deadline and the agencies consulted. A
 * timer at the deadline alerts the one-stop desk of every agency that has not replied.
 */
export async function requestConsultation(ctx: CommandContext, input: { agencyCodes: string[]; content: string; deadline: Date }) {
  requireStatus(ctx.dossier, 'processing');
  const { db, dossier, deps } = ctx;
  if (input.deadline <= deps.now) throw new AppError('VALIDATION_FAILED', [{ path: '/deadline', message: 'Thời hạn trả lời phải sau thời điểm hiện tại.' }]);
  const agencies = await db.all<{ id: number; code: string }>('select id, code from agency where code = any(?::text[])', [pgArray(input.agencyCodes)]);
  const missing = input.agencyCodes.filter((code) => !agencies.some((a) => a.code === code));
  if (missing.length) throw new AppError('UNKNOWN_AGENCY', missing.map((code) => ({ path: '/agencyCodes', message: `Không có cơ quan mã "${code}".` })));
  const row = await db.one<{ id: string }>(
    'insert into consultation (dossier_id, content, deadline, requested_by, created_at) values (?, ?, ?, ?, ?) returning id',
    [dossier.id, input.content, input.deadline, ctx.actorId, deps.now],
  );
  const id = Number(row!.id);
  for (const agency of agencies) await db.run('insert into consultation_agency (consultation_id, agency_id) values (?, ?)', [id, agency.id]);
  await db.run(
    `insert into timer_job (dossier_id, timer_id, kind, due_at, payload) values (?, ?, 'consultation_deadline', ?, ?)`,
    [dossier.id, `consultation:${id}`, input.deadline, JSON.stringify({ consultationId: id })],
  );
  await ctx.persist(null, {}, { kind: 'consultation_requested', comment: input.content, data: { consultationId: id, agencyCodes: input.agencyCodes, deadline: input.deadline.toISOString() } });
  return { id, deadline: input.deadline, agencyCodes: input.agencyCodes };
}

/** Trả lời lấy ý kiến: an officer of a consulted agency answers; a reply after the deadline is kept and marked late. */
export async function replyConsultation(db: Sql, principal: Principal, consultationId: number, reply: string, now: Date) {
  const row = await db.one<{ deadline: Date; replied_at: Date | null; dossier_id: string }>(
    `select c.deadline, ca.replied_at, c.dossier_id from consultation c join consultation_agency ca on ca.consultation_id = c.id
      where c.id = ? and ca.agency_id = ? for update of ca`,
    [consultationId, principal.agencyId ?? 0],
  );
  if (!row) throw new AppError('NOT_FOUND', [], 'Không tìm thấy yêu cầu lấy ý kiến gửi cơ quan của bạn.');
  if (row.replied_at) throw new AppError('CONFLICT', [], 'Cơ quan của bạn đã trả lời yêu cầu lấy ý kiến này.');
  await db.run('update consultation_agency set reply = ?, replied_at = ?, replied_by = ? where consultation_id = ? and agency_id = ?',
    [reply, now, principal.id, consultationId, principal.agencyId]);
  await appendHistory(db, {
    dossierId: row.dossier_id, at: now, actor: { id: principal.id, name: principal.fullName }, kind: 'consultation_replied', comment: reply,
    data: { consultationId, agencyCode: principal.agencyCode, late: now > row.deadline },
  });
  return { late: now > row.deadline };
}

/** At the deadline: one alert to the one-stop desk of the dossier's agency per consulted agency still silent. */
export async function alertLateConsultation(db: Sql, consultationId: number, now: Date): Promise<number> {
  const late = await db.all<{ agency_id: number; name: string; dossier_id: string; dossier_agency: number; code: string }>(
    `select ca.agency_id, a.name, c.dossier_id, d.agency_id as dossier_agency, d.code
       from consultation_agency ca join consultation c on c.id = ca.consultation_id join agency a on a.id = ca.agency_id
       join dossier d on d.id = c.dossier_id
      where ca.consultation_id = ? and ca.replied_at is null and ca.late_alerted_at is null`,
    [consultationId],
  );
  for (const row of late) {
    await db.run(
      `insert into alert (agency_id, role, kind, dossier_id, message, created_at) values (?, 'desk_officer', 'consultation_late', ?, ?, ?)`,
      [row.dossier_agency, row.dossier_id, `${row.name} chưa trả lời lấy ý kiến về hồ sơ ${row.code} đúng hạn.`, now],
    );
    await db.run('update consultation_agency set late_alerted_at = ? where consultation_id = ? and agency_id = ?', [now, consultationId, row.agency_id]);
  }
  return late.length;
}
