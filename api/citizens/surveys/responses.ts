import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../../calendar/local-time';
import { sql } from '../../db/sql';
import { AppError, type ErrorDetail } from '../../errors/catalogue';
import { assessableAgencies, findCampaign } from './campaigns';

/** Phiếu khảo sát: the agency assessed, a score from 1 to 5 for every question, a free comment. */
export interface SurveyAnswer {
  agencyCode: string;
  scores: Record<string, number>;
  comment?: string;
}

/** Answers a campaign once: while it is open, about an agency it covers, every question scored. */
export async function answerCampaign(em: EntityManager, citizenId: number, id: number, input: SurveyAnswer, now: Date) {
  const campaign = await findCampaign(em, id, now);
  if (campaign.status !== 'open') throw new AppError('SURVEY_NOT_OPEN');
  const db = sql(em);
  if (await db.one('select 1 from survey_response where campaign_id = ? and citizen_id = ?', [id, citizenId])) throw new AppError('SURVEY_ALREADY_ANSWERED');

  const agencies = await assessableAgencies(em, campaign.ownerPath);
  const agency = agencies.find((candidate) => candidate.code === input.agencyCode);
  const { questions } = campaign.view;
  const known = new Set(questions.map((question) => question.code));
  const problems: ErrorDetail[] = [
    ...(agency ? [] : [{ path: '/agencyCode', message: 'Vui lòng chọn một cơ quan thuộc phạm vi của đợt khảo sát.' }]),
    ...questions.filter((q) => input.scores[q.code] === undefined).map((q) => ({ path: `/scores/${q.code}`, message: `Vui lòng chọn mức đánh giá cho “${q.text}”.` })),
    ...Object.keys(input.scores).filter((code) => !known.has(code)).map((code) => ({ path: `/scores/${code}`, message: 'Đợt khảo sát không có câu hỏi này.' })),
  ];
  if (problems.length) throw new AppError('SURVEY_RESPONSE_INVALID', problems);

  const scores = questions.map((question) => input.scores[question.code]);
  const average = Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100;
  try {
    return await em.transactional(async (tx) => {
      const txdb = sql(tx);
      const response = await txdb.one<{ id: number }>(
        `insert into survey_response (campaign_id, citizen_id, agency_id, average, comment, created_at)
         values (?, ?, (select id from agency where code = ?), ?, ?, ?) returning id`,
        [id, citizenId, agency!.code, average, input.comment?.trim() || null, now],
      );
      for (const question of questions) {
        await txdb.run('insert into survey_answer (response_id, question_code, score) values (?, ?, ?)', [response!.id, question.code, input.scores[question.code]]);
      }
      return { campaignId: id, agencyCode: agency!.code, agencyName: agency!.name, average, answeredAt: toIsoLocal(now) };
    });
  } catch (error) {
    // Two submissions at once: the unique key keeps only the first.
    if ((error as { code?: string }).code === '23505') throw new AppError('SURVEY_ALREADY_ANSWERED');
    throw error;
  }
}

/** The campaigns a citizen has answered, so the portal can say so instead of offering the form again. */
export async function answeredCampaigns(em: EntityManager, citizenId: number) {
  const rows = await sql(em).all<{ campaign_id: number; created_at: Date; agency_name: string }>(
    `select r.campaign_id, r.created_at, a.name as agency_name from survey_response r join agency a on a.id = r.agency_id
      where r.citizen_id = ? order by r.created_at desc`, [citizenId],
  );
  return rows.map((row) => ({ campaignId: row.campaign_id, agencyName: row.agency_name, answeredAt: toIsoLocal(row.created_at) }));
}
