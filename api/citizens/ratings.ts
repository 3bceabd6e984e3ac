import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { AppError, type ErrorDetail } from '../errors/catalogue';
import { isProvinceWide, type Principal } from '../identity/principal';
import { RATEABLE_STATUSES } from './citizen-terms';
import { myDossierRow } from './my-dossiers';

/**
 * Đánh giá mức độ hài lòng (C7): once per dossier code, after the result, on the criteria in
 * force (the twelve of the province portal to start with, configurable). The officers who handled
 * the dossier (reception, each completed step) are recorded with the rating, so results add up
 * per agency and per officer.
 */

export interface Criterion {
  code: string;
  name: string;
  position: number;
  active: boolean;
}

export const SCORE_LABELS = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

export async function ratingCriteria(em: EntityManager, includeInactive = false): Promise<Criterion[]> {
  return sql(em).all<Criterion>(
    `select code, name, position, active from rating_criterion ${includeInactive ? '' : 'where active'} order by position, code`,
  );
}

/** Replaces the set in force: named criteria are added or renamed; the others are retired, never deleted. */
export async function configureCriteria(em: EntityManager, criteria: { code: string; name: string }[]): Promise<Criterion[]> {
  const codes = criteria.map((c) => c.code);
  const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (duplicates.length) {
    throw new AppError('RATING_INVALID', duplicates.map((code) => ({ path: `/criteria/${codes.indexOf(code)}/code`, message: `Mã tiêu chí "${code}" bị lặp.` })));
  }
  await em.transactional(async (tx) => {
    const db = sql(tx);
    await db.run('update rating_criterion set active = false where not (code = any(array(select jsonb_array_elements_text(?::jsonb))))', [JSON.stringify(codes)]);
    for (const [index, criterion] of criteria.entries()) {
      await db.run(
        `insert into rating_criterion (code, name, position, active) values (?, ?, ?, true)
         on conflict (code) do update set name = excluded.name, position = excluded.position, active = true`,
        [criterion.code, criterion.name, index + 1],
      );
    }
  });
  return ratingCriteria(em);
}

export interface RatingInput {
  scores: Record<string, number>;
  comment?: string;
}

export async function rateDossier(em: EntityManager, citizen: { id: number; subject: string }, code: string, input: RatingInput, now: Date) {
  const dossier = await myDossierRow(sql(em), citizen.subject, code);
  if (dossier.rated) throw new AppError('ALREADY_RATED');
  if (!RATEABLE_STATUSES.includes(dossier.status)) throw new AppError('RATING_NOT_OPEN');
  const criteria = await ratingCriteria(em);
  const known = new Set(criteria.map((c) => c.code));
  const problems: ErrorDetail[] = [
    ...criteria.filter((c) => input.scores[c.code] === undefined).map((c) => ({ path: `/scores/${c.code}`, message: `Vui lòng chọn mức đánh giá cho “${c.name}”.` })),
    ...Object.keys(input.scores).filter((key) => !known.has(key)).map((key) => ({ path: `/scores/${key}`, message: 'Tiêu chí này không còn được dùng để đánh giá.' })),
  ];
  if (problems.length) throw new AppError('RATING_INVALID', problems);
  const values = criteria.map((c) => input.scores[c.code]);
  const average = Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;
  try {
    return await em.transactional(async (tx) => {
      const db = sql(tx);
      const rating = await db.one<{ id: number }>(
        'insert into dossier_rating (dossier_id, citizen_id, agency_id, average, comment, created_at) values (?, ?, ?, ?, ?, ?) returning id',
        [dossier.id, citizen.id, dossier.agency_id, average, input.comment?.trim() || null, now],
      );
      for (const criterion of criteria) {
        await db.run('insert into dossier_rating_score (rating_id, criterion_code, score) values (?, ?, ?)', [rating!.id, criterion.code, input.scores[criterion.code]]);
      }
      await db.run(
        `insert into dossier_rating_officer (rating_id, user_id)
         select ?, officer from (
           select received_by as officer from dossier where id = ? and received_by is not null
           union select completed_by from task where dossier_id = ? and completed_by is not null
         ) handled`,
        [rating!.id, dossier.id, dossier.id],
      );
      return { code: dossier.code, average, createdAt: toIsoLocal(now) };
    });
  } catch (error) {
    // Two submissions at once: the unique key on the dossier keeps only the first.
    if ((error as { code?: string }).code === '23505') throw new AppError('ALREADY_RATED');
    throw error;
  }
}

export interface Period {
  from?: string;
  to?: string;
}

function periodFilter(period: Period, column: string, params: unknown[]): string {
  const conditions: string[] = [];
  if (period.from) {
    conditions.push(`${column} >= ?::date::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
    params.push(period.from);
  }
  if (period.to) {
    conditions.push(`${column} < (?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
    params.push(period.to);
  }
  return conditions.length ? ` and ${conditions.join(' and ')}` : '';
}

/** Kết quả đánh giá theo cơ quan: public, with the average of each criterion. */
export async function ratingsByAgency(em: EntityManager, period: Period) {
  const params: unknown[] = [];
  const filter = periodFilter(period, 'r.created_at', params);
  const db = sql(em);
  const agencies = await db.all<{ agency_id: number; agency_code: string; agency_name: string; ratings: string; average: string; satisfied: string }>(
    `select a.id as agency_id, a.code as agency_code, a.name as agency_name, count(*) as ratings, round(avg(r.average), 2) as average,
            count(*) filter (where r.average >= 4) as satisfied
       from dossier_rating r join agency a on a.id = r.agency_id
      where true${filter}
      group by a.id order by a.path`, params,
  );
  const perCriterion = await db.all<{ agency_id: number; code: string; name: string; average: string }>(
    `select r.agency_id, c.code, c.name, round(avg(s.score), 2) as average
       from dossier_rating_score s
       join dossier_rating r on r.id = s.rating_id
       join rating_criterion c on c.code = s.criterion_code
      where true${filter}
      group by r.agency_id, c.code, c.name, c.position order by c.position`, params,
  );
  return agencies.map((row) => ({
    agencyCode: row.agency_code, agencyName: row.agency_name, ratings: Number(row.ratings), average: Number(row.average),
    satisfiedRate: Math.round((Number(row.satisfied) / Number(row.ratings)) * 1000) / 10,
    criteria: perCriterion.filter((c) => c.agency_id === row.agency_id).map((c) => ({ code: c.code, name: c.name, average: Number(c.average) })),
  }));
}

/** Kết quả đánh giá theo cán bộ: for leaders and the control office, within their scope. */
export async function ratingsByOfficer(em: EntityManager, principal: Principal, period: Period) {
  const params: unknown[] = [];
  let scope = '';
  if (!isProvinceWide(principal)) {
    scope = ' and ag.path like ?';
    params.push(`${principal.agencyPath ?? '\u0000'}%`);
  }
  const filter = periodFilter(period, 'r.created_at', params);
  const rows = await sql(em).all<{ username: string; full_name: string; agency_code: string | null; ratings: string; average: string }>(
    `select u.username, u.full_name, ag.code as agency_code, count(*) as ratings, round(avg(r.average), 2) as average
       from dossier_rating_officer o
       join dossier_rating r on r.id = o.rating_id
       join app_user u on u.id = o.user_id
       left join agency ag on ag.id = u.agency_id
      where true${scope}${filter}
      group by u.id, ag.code order by average desc, u.username`, params,
  );
  return rows.map((row) => ({ username: row.username, fullName: row.full_name, agencyCode: row.agency_code, ratings: Number(row.ratings), average: Number(row.average) }));
}
