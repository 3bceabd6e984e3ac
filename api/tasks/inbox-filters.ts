import { pgArray } from '../db/sql';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Principal } from '../identity/principal';

/** Thời hạn còn lại of a task, for the inbox colours. */
export type TimeLeft = 'on_time' | 'due_soon' | 'overdue' | 'no_deadline';

export const TIME_LEFT_VALUES: readonly TimeLeft[] = ['overdue', 'due_soon', 'on_time', 'no_deadline'];

/** Below this much working time left, a task shows as due soon. */
const DUE_SOON_MS = 4 * 3600_000;

/** What an officer may narrow their inbox to; every filter is applied by the database. */
export interface InboxFilters {
  procedureCode?: string;
  /** Tình trạng hồ sơ (api/dossiers/status.ts). */
  dossierStatus?: string;
  /** Tasks due at or before this instant. */
  dueBefore?: string;
  timeLeft?: TimeLeft;
  /** Part of a dossier code, any case. */
  q?: string;
  /** Only the tasks the officer has claimed. */
  mine?: boolean;
}

/** A piece of a where clause with its `?` parameters in order. */
export interface Clause {
  sql: string;
  params: unknown[];
}

export function timeLeft(calendar: WorkingCalendar, now: Date, dueAt: Date | null): TimeLeft {
  if (!dueAt) return 'no_deadline';
  if (dueAt < now) return 'overdue';
  return calendar.remaining(now, dueAt) <= DUE_SOON_MS ? 'due_soon' : 'on_time';
}

/**
 * The last due instant that still counts as due soon. Working time left grows with the due date
 * and stands still outside working hours, so "at most 4 working hours left" is exactly
 * `now <= due_at <= soonUntil`: the database compares instants, the calendar stays in one place.
 */
export function dueSoonUntil(calendar: WorkingCalendar, now: Date): Date {
  return calendar.nextWorkingMoment(calendar.addWorkingMs(now, DUE_SOON_MS));
}

/** The SQL expression of a task's time left: `timeLeft()` in the database, from the buckets' own conditions. */
export function timeLeftSql(now: Date, soonUntil: Date): Clause {
  const cases = (['no_deadline', 'overdue', 'due_soon'] as const).map((bucket) => ({ bucket, when: timeLeftClause(bucket, now, soonUntil) }));
  return {
    sql: `case ${cases.map(({ bucket, when }) => `when ${when.sql} then '${bucket}'`).join(' ')} else 'on_time' end`,
    params: cases.flatMap(({ when }) => when.params),
  };
}

/** The condition for one time-left bucket, written so the index on due_at serves it. */
export function timeLeftClause(bucket: TimeLeft, now: Date, soonUntil: Date): Clause {
  switch (bucket) {
    case 'no_deadline': return { sql: 't.due_at is null', params: [] };
    case 'overdue': return { sql: 't.due_at < ?', params: [now] };
    case 'due_soon': return { sql: 't.due_at >= ? and t.due_at <= ?', params: [now, soonUntil] };
    case 'on_time': return { sql: 't.due_at > ?', params: [soonUntil] };
  }
}

/**
 * The tasks an officer may work (DESIGN.md decisions 2 and 7): open tasks of their agency, of a
 * role they hold, of their department when the step names one, not claimed by someone else.
 * A single role is compared with `=` so that the planner walks the inbox index in due order.
 */
export function accessClause(principal: Principal): Clause {
  const role = principal.roles.length === 1 ? { sql: 't.role = ?', param: principal.roles[0] } : { sql: 't.role = any(?::text[])', param: pgArray(principal.roles) };
  return {
    sql: `t.status = 'open' and t.agency_id = ? and ${role.sql} and (t.department_id is null or t.department_id = ?) and (t.assignee_id is null or t.assignee_id = ?)`,
    params: [principal.agencyId ?? 0, role.param, principal.departmentId ?? 0, principal.id],
  };
}

/** `like` pattern of a text searched anywhere, its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The filters that are not facets of the summary (a facet is counted under the other filters
 * but not its own): mine, due date and the dossier code search.
 */
export function narrowingClauses(principal: Principal, filters: InboxFilters): Clause[] {
  const clauses: Clause[] = [];
  if (filters.mine) clauses.push({ sql: 't.assignee_id = ?', params: [principal.id] });
  if (filters.dueBefore) clauses.push({ sql: 't.due_at <= ?', params: [new Date(filters.dueBefore)] });
  const q = filters.q?.trim();
  if (q) clauses.push({ sql: 'd.code ilike ?', params: [containsPattern(q)] });
  return clauses;
}

/** The facet filters: procedure, dossier status and time left. */
export function facetClauses(filters: InboxFilters, now: Date, soonUntil: Date): { procedure?: Clause; status?: Clause; timeLeft?: Clause } {
  return {
    procedure: filters.procedureCode ? { sql: 'd.procedure_code = ?', params: [filters.procedureCode] } : undefined,
    status: filters.dossierStatus ? { sql: 'd.status = ?', params: [filters.dossierStatus] } : undefined,
    timeLeft: filters.timeLeft ? timeLeftClause(filters.timeLeft, now, soonUntil) : undefined,
  };
}

/** Joins clauses with `and`; an empty list is `true`. */
export function allOf(clauses: (Clause | undefined)[]): Clause {
  const present = clauses.filter((c): c is Clause => Boolean(c));
  if (!present.length) return { sql: 'true', params: [] };
  return { sql: present.map((c) => `(${c.sql})`).join(' and '), params: present.flatMap((c) => c.params) };
}

/** Whether a where clause reads the dossier row (then the count must join it). */
export const readsDossier = (clause: Clause) => /\bd\./.test(clause.sql);
