import type { EntityManager } from '@mikro-orm/postgresql';
import { localDate, toIsoLocal } from '../../calendar/local-time';
import { sql, type Sql } from '../../db/sql';
import { AppError, type ErrorDetail } from '../../errors/catalogue';
import { coversAgencyPath, isProvinceWide, type Principal } from '../../identity/principal';
import { ratingCriteria } from '../ratings';

/**
 * Đợt khảo sát mức độ hài lòng (C7; Cần Thơ, Điều 12.3): an agency, or the whole province, asks
 * citizens over a period how satisfied they are with the agencies they dealt with. The questions
 * are the campaign's own, by default the rating criteria in force when it is created, so that a
 * later change of criteria does not alter a running campaign.
 */

export type CampaignStatus = 'scheduled' | 'open' | 'closed';

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  scheduled: 'Sắp diễn ra',
  open: 'Đang khảo sát',
  closed: 'Đã kết thúc',
};

/** What a province-wide campaign is called where an agency's name would stand. */
export const WHOLE_PROVINCE = 'Toàn tỉnh';

export interface NewCampaign {
  title: string;
  description?: string;
  /** The agency running it; absent for a province-wide campaign (province-wide officers only). */
  agencyCode?: string;
  startsOn: string;
  endsOn: string;
  /** The questions, in order; absent to ask the rating criteria in force. */
  questions?: string[];
}

export interface Question {
  code: string;
  text: string;
}

interface CampaignRow {
  id: number; title: string; description: string | null; owner_id: number | null; owner_code: string | null; owner_name: string | null;
  owner_path: string | null; starts_on: string; ends_on: string; closed_at: Date | null; created_at: Date; responses: string;
}

const SELECT = `select c.id, c.title, c.description, a.id as owner_id, a.code as owner_code, a.name as owner_name, a.path as owner_path,
         c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.closed_at, c.created_at,
         (select count(*) from survey_response r where r.campaign_id = c.id) as responses
    from survey_campaign c left join agency a on a.id = c.owner_agency_id`;

export function campaignStatus(row: { starts_on: string; ends_on: string; closed_at: Date | null }, today: string): CampaignStatus {
  if (row.closed_at || today > row.ends_on) return 'closed';
  return today < row.starts_on ? 'scheduled' : 'open';
}

export interface Campaign {
  id: number;
  ownerPath: string | null;
  ownerId: number | null;
  status: CampaignStatus;
  view: ReturnType<typeof view>;
}

function view(row: CampaignRow, questions: Question[], today: string) {
  const status = campaignStatus(row, today);
  return {
    id: row.id, title: row.title, description: row.description, agencyCode: row.owner_code, agencyName: row.owner_name ?? WHOLE_PROVINCE,
    startsOn: row.starts_on, endsOn: row.ends_on, status, statusLabel: CAMPAIGN_STATUS_LABELS[status],
    closedAt: row.closed_at ? toIsoLocal(row.closed_at) : null, createdAt: toIsoLocal(row.created_at), responses: Number(row.responses), questions,
  };
}

async function questionsOf(db: Sql, ids: number[]): Promise<Map<number, Question[]>> {
  const rows = ids.length
    ? await db.all<{ campaign_id: number; code: string; text: string }>(
      'select campaign_id, code, text from survey_question where campaign_id = any(?::int[]) order by campaign_id, position', [`{${ids.join(',')}}`],
    )
    : [];
  const byCampaign = new Map<number, Question[]>(ids.map((id) => [id, []]));
  for (const row of rows) byCampaign.get(row.campaign_id)!.push({ code: row.code, text: row.text });
  return byCampaign;
}

async function campaignsWhere(db: Sql, where: string, params: unknown[], now: Date): Promise<Campaign[]> {
  const rows = await db.all<CampaignRow>(`${SELECT} where ${where} order by c.ends_on desc, c.id desc limit 200`, params);
  const questions = await questionsOf(db, rows.map((row) => row.id));
  const today = localDate(now);
  return rows.map((row) => ({
    id: row.id, ownerPath: row.owner_path, ownerId: row.owner_id, status: campaignStatus(row, today), view: view(row, questions.get(row.id)!, today),
  }));
}

export async function findCampaign(em: EntityManager, id: number, now: Date): Promise<Campaign> {
  const [campaign] = await campaignsWhere(sql(em), 'c.id = ?', [id], now);
  if (!campaign) throw new AppError('SURVEY_NOT_FOUND');
  return campaign;
}

/**
 * An officer sees the campaigns that concern their agency: those run in their subtree and those
 * of an agency above them (the province's among them). Province-wide roles see all.
 */
function visibleTo(principal: Principal, campaign: { ownerPath: string | null }): boolean {
  if (isProvinceWide(principal) || campaign.ownerPath === null) return true;
  return principal.agencyPath !== null && (campaign.ownerPath.startsWith(principal.agencyPath) || principal.agencyPath.startsWith(campaign.ownerPath));
}

export async function campaignsFor(em: EntityManager, principal: Principal, now: Date) {
  // The same rule as visibleTo, in SQL so that the newest 200 are the newest of those visible.
  const scope = principal.agencyPath ?? '\u0000';
  const [where, params]: [string, unknown[]] = isProvinceWide(principal)
    ? ['true', []]
    : ["(a.path is null or a.path like ? or ? like a.path || '%')", [`${scope}%`, scope]];
  const campaigns = await campaignsWhere(sql(em), where, params, now);
  return campaigns.map((campaign) => ({ ...campaign.view, manageable: mayManage(principal, campaign) }));
}

export async function visibleCampaign(em: EntityManager, principal: Principal, id: number, now: Date): Promise<Campaign> {
  const campaign = await findCampaign(em, id, now);
  // Not found rather than forbidden, so ids of other agencies' campaigns cannot be probed.
  if (!visibleTo(principal, campaign)) throw new AppError('SURVEY_NOT_FOUND');
  return campaign;
}

/** Only who runs a campaign closes it: an officer of the owner's subtree, or a province-wide role. */
function mayManage(principal: Principal, campaign: { ownerPath: string | null }): boolean {
  if (isProvinceWide(principal)) return true;
  return campaign.ownerPath !== null && coversAgencyPath(principal, campaign.ownerPath);
}

export async function createCampaign(em: EntityManager, principal: Principal, input: NewCampaign, now: Date) {
  const db = sql(em);
  const problems: ErrorDetail[] = [];
  if (input.endsOn < input.startsOn) problems.push({ path: '/endsOn', message: 'Ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu.' });
  if (input.endsOn < localDate(now)) problems.push({ path: '/endsOn', message: 'Ngày kết thúc đã qua; hãy chọn một ngày từ hôm nay trở đi.' });
  const texts = (input.questions ?? []).map((text) => text.trim());
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) problems.push({ path: `/questions/${index}`, message: 'Câu hỏi này bị lặp.' });
  });
  if (problems.length) throw new AppError('SURVEY_INVALID', problems);

  const ownerCode = input.agencyCode ?? (isProvinceWide(principal) ? undefined : principal.agencyCode ?? undefined);
  let owner: { id: number; path: string } | undefined;
  if (ownerCode) {
    owner = await db.one<{ id: number; path: string }>('select id, path from agency where code = ?', [ownerCode]);
    if (!owner) throw new AppError('UNKNOWN_AGENCY', [{ path: '/agencyCode', message: 'Cơ quan đã chọn không tồn tại.' }]);
  }
  if (owner ? !coversAgencyPath(principal, owner.path) : !isProvinceWide(principal)) throw new AppError('OUT_OF_SCOPE');

  const questions: Question[] = input.questions
    ? texts.map((text, index) => ({ code: `q${index + 1}`, text }))
    : (await ratingCriteria(em)).map((criterion) => ({ code: criterion.code, text: criterion.name }));
  const id = await em.transactional(async (tx) => {
    const txdb = sql(tx);
    const row = await txdb.one<{ id: number }>(
      `insert into survey_campaign (title, description, owner_agency_id, starts_on, ends_on, created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [input.title.trim(), input.description?.trim() || null, owner?.id ?? null, input.startsOn, input.endsOn, principal.id, now],
    );
    for (const [index, question] of questions.entries()) {
      await txdb.run('insert into survey_question (campaign_id, code, position, text) values (?, ?, ?, ?)', [row!.id, question.code, index + 1, question.text]);
    }
    return row!.id;
  });
  return (await findCampaign(em, id, now)).view;
}

/** Kết thúc đợt khảo sát trước hạn: answers stop; the results stay. */
export async function closeCampaign(em: EntityManager, principal: Principal, id: number, now: Date) {
  const campaign = await visibleCampaign(em, principal, id, now);
  if (!mayManage(principal, campaign)) throw new AppError('OUT_OF_SCOPE');
  if (campaign.status === 'closed') throw new AppError('SURVEY_ALREADY_CLOSED');
  const closed = await sql(em).run('update survey_campaign set closed_at = ?, closed_by = ? where id = ? and closed_at is null', [now, principal.id, id]);
  if (closed === 0) throw new AppError('SURVEY_ALREADY_CLOSED');
  return (await findCampaign(em, id, now)).view;
}

/** Đợt khảo sát đang mở, for the portal. */
export async function openCampaigns(em: EntityManager, now: Date) {
  const today = localDate(now);
  const campaigns = await campaignsWhere(sql(em), 'c.closed_at is null and c.starts_on <= ?::date and c.ends_on >= ?::date', [today, today], now);
  return campaigns.map((campaign) => campaign.view);
}

/** The agencies a respondent may assess: the owner and the agencies under it, or every agency. */
export async function assessableAgencies(em: EntityManager, ownerPath: string | null) {
  return sql(em).all<{ code: string; name: string }>(
    `select code, name from agency where ${ownerPath ? 'path like ?' : 'true'} order by path limit 500`,
    ownerPath ? [`${ownerPath}%`] : [],
  );
}
