import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';

/**
 * Công khai kết quả giải quyết (C10, LA Điều 11): per agency, how many dossiers were received,
 * resolved and resolved on time in a period, and the on-time rate (REQUIREMENTS E2: early or on
 * the due day, over all resolved); and the apology letters (phiếu xin lỗi và hẹn lại ngày trả)
 * the agencies issued for late dossiers. Read from the `dossier` read model and its history.
 */

export interface PeriodQuery {
  /** YYYY-MM-DD, inclusive, in Vietnam time. */
  from: string;
  to: string;
}

const LOCAL = `'Asia/Ho_Chi_Minh'`;
const localDay = (column: string) => `(${column} at time zone ${LOCAL})::date`;

interface AgencyRow {
  code: string; name: string; level: string; received: string; resolved: string; resolved_on_time: string; in_progress: string; overdue: string;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export async function agencyStatistics(em: EntityManager, period: PeriodQuery, now: Date) {
  const rows = await sql(em).all<AgencyRow>(
    `select a.code, a.name, a.level_code as level,
            count(*) filter (where ${localDay('d.received_at')} between ?::date and ?::date) as received,
            count(*) filter (where ${localDay('d.resolved_at')} between ?::date and ?::date) as resolved,
            count(*) filter (where ${localDay('d.resolved_at')} between ?::date and ?::date
                               and (d.due_at is null or ${localDay('d.resolved_at')} <= ${localDay('d.due_at')})) as resolved_on_time,
            count(*) filter (where d.received_at is not null and d.resolved_at is null and d.completed_at is null) as in_progress,
            count(*) filter (where d.resolved_at is null and d.completed_at is null and d.clock_stopped_at is null and d.due_at < ?) as overdue
       from agency a join dossier d on d.agency_id = a.id
      group by a.id
     having count(*) filter (where ${localDay('d.received_at')} between ?::date and ?::date
                                or ${localDay('d.resolved_at')} between ?::date and ?::date
                                or (d.received_at is not null and d.resolved_at is null and d.completed_at is null)) > 0
      order by a.path`,
    [period.from, period.to, period.from, period.to, period.from, period.to, now, period.from, period.to, period.from, period.to],
  );
  const agencies = rows.map((row) => {
    const resolved = Number(row.resolved);
    const onTime = Number(row.resolved_on_time);
    return {
      agencyCode: row.code, agencyName: row.name, level: row.level, received: Number(row.received), resolved, resolvedOnTime: onTime,
      resolvedLate: resolved - onTime, inProgress: Number(row.in_progress), overdue: Number(row.overdue), onTimeRate: rate(onTime, resolved),
    };
  });
  const sum = (key: 'received' | 'resolved' | 'resolvedOnTime' | 'resolvedLate' | 'inProgress' | 'overdue') => agencies.reduce((total, a) => total + a[key], 0);
  const totals = {
    received: sum('received'), resolved: sum('resolved'), resolvedOnTime: sum('resolvedOnTime'), resolvedLate: sum('resolvedLate'),
    inProgress: sum('inProgress'), overdue: sum('overdue'), onTimeRate: rate(sum('resolvedOnTime'), sum('resolved')),
  };
  return { from: period.from, to: period.to, totals, agencies };
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": enough to recognise oneself, not enough to identify a stranger. */
export function maskName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  return [parts[0], ...parts.slice(1).map((part) => `${part.charAt(0)}.`)].join(' ');
}

/**
 * The apology letters issued in a period: each deadline extension of a dossier (history entry
 * `extended`, written with the apology notice by the extend command) is one letter.
 */
export async function publishedApologies(em: EntityManager, query: PeriodQuery & { agencyCode?: string; page: number; pageSize: number }) {
  const conditions = [`${localDay('e.at')} between ?::date and ?::date`, `e.kind = 'extended'`];
  const params: unknown[] = [query.from, query.to];
  if (query.agencyCode) {
    conditions.push('a.code = ?');
    params.push(query.agencyCode);
  }
  const where = conditions.join(' and ');
  const db = sql(em);
  const total = await db.one<{ count: string }>(
    `select count(*) from dossier_event e join dossier d on d.id = e.dossier_id join agency a on a.id = d.agency_id where ${where}`, params,
  );
  const rows = await db.all<{ at: Date; comment: string | null; data: Record<string, string> | null; code: string; procedure_name: string; agency_name: string; applicant: { fullName?: string } }>(
    `select e.at, e.comment, e.data, d.code, d.procedure_name, a.name as agency_name, d.applicant
       from dossier_event e join dossier d on d.id = e.dossier_id join agency a on a.id = d.agency_id
      where ${where} order by e.at desc, e.id desc limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const time = (value: string | undefined) => (value ? toIsoLocal(new Date(value)) : null);
  return {
    total: Number(total?.count ?? 0),
    items: rows.map((row) => ({
      issuedAt: toIsoLocal(row.at), dossierCode: row.code, procedureName: row.procedure_name, agencyName: row.agency_name,
      applicantName: maskName(row.applicant?.fullName ?? ''), reason: row.comment,
      previousDueAt: time(row.data?.previousDueAt), newDueAt: time(row.data?.newDueAt),
    })),
  };
}
