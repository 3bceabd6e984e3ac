import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../../calendar/local-time';
import { sql } from '../../db/sql';
import { isProvinceWide, type Principal } from '../../identity/principal';
import { visibleCampaign } from './campaigns';

/** How many of the latest comments the results show; the rest stay in the database. */
const COMMENTS_SHOWN = 50;

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * Kết quả khảo sát theo cơ quan: the number of answers, the average score and the share of
 * satisfied respondents (an average of 4, "Hài lòng", or more), per agency and per question, with
 * how the scores spread. An officer of an agency sees the agencies of their own subtree only.
 */
export async function campaignResults(em: EntityManager, principal: Principal, id: number, now: Date) {
  const campaign = await visibleCampaign(em, principal, id, now);
  const params: unknown[] = [id];
  let scope = '';
  if (!isProvinceWide(principal)) {
    scope = ' and a.path like ?';
    params.push(`${principal.agencyPath ?? '\u0000'}%`);
  }
  const db = sql(em);
  const agencies = await db.all<{ agency_id: number; code: string; name: string; responses: string; average: string; satisfied: string }>(
    `select a.id as agency_id, a.code, a.name, count(*) as responses, round(avg(r.average), 2) as average,
            count(*) filter (where r.average >= 4) as satisfied
       from survey_response r join agency a on a.id = r.agency_id
      where r.campaign_id = ?${scope}
      group by a.id order by a.path`, params,
  );
  const perQuestion = await db.all<{ agency_id: number; question_code: string; average: string }>(
    `select r.agency_id, s.question_code, round(avg(s.score), 2) as average
       from survey_answer s join survey_response r on r.id = s.response_id join agency a on a.id = r.agency_id
      where r.campaign_id = ?${scope}
      group by r.agency_id, s.question_code`, params,
  );
  const spread = await db.all<{ question_code: string; score: number; answers: string }>(
    `select s.question_code, s.score, count(*) as answers
       from survey_answer s join survey_response r on r.id = s.response_id join agency a on a.id = r.agency_id
      where r.campaign_id = ?${scope}
      group by s.question_code, s.score`, params,
  );
  const comments = await db.all<{ name: string; comment: string; created_at: Date }>(
    `select a.name, r.comment, r.created_at from survey_response r join agency a on a.id = r.agency_id
      where r.campaign_id = ? and r.comment is not null${scope}
      order by r.created_at desc, r.id desc limit ${COMMENTS_SHOWN}`, params,
  );

  const { questions } = campaign.view;
  const responses = agencies.reduce((sum, row) => sum + Number(row.responses), 0);
  const satisfied = agencies.reduce((sum, row) => sum + Number(row.satisfied), 0);
  const weighted = agencies.reduce((sum, row) => sum + Number(row.average) * Number(row.responses), 0);
  return {
    campaign: campaign.view,
    totals: { responses, average: responses ? Math.round((weighted / responses) * 100) / 100 : null, satisfiedRate: rate(satisfied, responses) },
    questions: questions.map((question) => {
      const counts = [1, 2, 3, 4, 5].map((score) => Number(spread.find((row) => row.question_code === question.code && row.score === score)?.answers ?? 0));
      const answers = counts.reduce((sum, count) => sum + count, 0);
      const total = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
      return { ...question, average: answers ? Math.round((total / answers) * 100) / 100 : null, counts };
    }),
    agencies: agencies.map((row) => ({
      agencyCode: row.code, agencyName: row.name, responses: Number(row.responses), average: Number(row.average),
      satisfiedRate: rate(Number(row.satisfied), Number(row.responses)),
      questions: questions.map((question) => {
        const found = perQuestion.find((q) => q.agency_id === row.agency_id && q.question_code === question.code);
        return { code: question.code, average: found ? Number(found.average) : null };
      }),
    })),
    comments: comments.map((row) => ({ agencyName: row.name, comment: row.comment, createdAt: toIsoLocal(row.created_at) })),
  };
}
