import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/catalogue';
import { coversAgencyPath, isProvinceWide, type Principal } from '../identity/principal';
import type { Actor } from './lifecycle';
import { sql, toDate } from './sql';

/**
 * Bộ câu hỏi thường gặp và hướng dẫn sử dụng (REQUIREMENTS A6; LA 6.3-6.4, 21.6): articles that
 * belong either to a procedure or to an agency. Staff write them; anyone reads them.
 */

export type HelpKind = 'faq' | 'guide';

/** What an article is attached to. */
export type HelpOwner = { procedureCode: string } | { agencyCode: string };

export interface HelpArticle {
  id: number;
  kind: HelpKind;
  procedureCode: string | null;
  agencyCode: string | null;
  title: string;
  body: string;
  position: number;
  updatedAt: Date;
}

interface ArticleRow {
  id: number;
  kind: HelpKind;
  procedure_code: string | null;
  agency_code: string | null;
  title: string;
  body: string;
  position: number;
  updated_at: string;
}

const SELECT = `select h.id, h.kind, p.code as procedure_code, a.code as agency_code, h.title, h.body, h.position, h.updated_at
  from help_article h left join procedure p on p.id = h.procedure_id left join agency a on a.id = h.agency_id`;

const fromRow = (row: ArticleRow): HelpArticle => ({
  id: row.id, kind: row.kind, procedureCode: row.procedure_code, agencyCode: row.agency_code,
  title: row.title, body: row.body, position: row.position, updatedAt: toDate(row.updated_at),
});

/** Resolves the owner; an agency must lie in the caller's scope, a procedure's articles need a catalogue role. */
async function ownerIds(em: EntityManager, owner: HelpOwner, principal?: Principal): Promise<{ procedureId: number | null; agencyId: number | null }> {
  if ('procedureCode' in owner) {
    const rows = await sql<{ id: number }>(em, 'select id from procedure where code = ?', [owner.procedureCode]);
    if (!rows[0]) throw new AppError('PROCEDURE_NOT_FOUND');
    // Procedure-wide answers are the catalogue's business; an agency administrator answers for their agency.
    if (principal && !isProvinceWide(principal) && !principal.roles.includes('process_designer')) {
      throw new AppError('FORBIDDEN', [], 'Chỉ cán bộ kiểm soát TTHC hoặc người thiết kế quy trình được soạn hỏi đáp chung của thủ tục.');
    }
    return { procedureId: rows[0].id, agencyId: null };
  }
  const rows = await sql<{ id: number; path: string }>(em, 'select id, path from agency where code = ?', [owner.agencyCode]);
  if (!rows[0]) throw new AppError('AGENCY_NOT_FOUND');
  if (principal && !coversAgencyPath(principal, rows[0].path)) throw new AppError('OUT_OF_SCOPE');
  return { procedureId: null, agencyId: rows[0].id };
}

export async function listArticles(em: EntityManager, kind: HelpKind, owner: HelpOwner): Promise<HelpArticle[]> {
  const { procedureId, agencyId } = await ownerIds(em, owner);
  const rows = procedureId !== null
    ? await sql<ArticleRow>(em, `${SELECT} where h.kind = ? and h.procedure_id = ? order by h.position, h.id`, [kind, procedureId])
    : await sql<ArticleRow>(em, `${SELECT} where h.kind = ? and h.agency_id = ? order by h.position, h.id`, [kind, agencyId]);
  return rows.map(fromRow);
}

export interface ArticleInput {
  title: string;
  body: string;
  position?: number;
}

export async function createArticle(em: EntityManager, actor: Actor, kind: HelpKind, owner: HelpOwner, input: ArticleInput): Promise<HelpArticle> {
  const { procedureId, agencyId } = await ownerIds(em, owner, actor.principal);
  const rows = await sql<{ id: number }>(em,
    `insert into help_article (kind, procedure_id, agency_id, title, body, position, created_by, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [kind, procedureId, agencyId, input.title, input.body, input.position ?? 0, actor.principal.id, actor.now, actor.now]);
  return (await findArticle(em, kind, rows[0].id))!;
}

async function findArticle(em: EntityManager, kind: HelpKind, id: number): Promise<HelpArticle | null> {
  const rows = await sql<ArticleRow>(em, `${SELECT} where h.kind = ? and h.id = ?`, [kind, id]);
  return rows[0] ? fromRow(rows[0]) : null;
}

async function articleInScope(em: EntityManager, principal: Principal, kind: HelpKind, id: number): Promise<HelpArticle> {
  const article = await findArticle(em, kind, id);
  if (!article) throw new AppError('HELP_ARTICLE_NOT_FOUND');
  await ownerIds(em, article.procedureCode ? { procedureCode: article.procedureCode } : { agencyCode: article.agencyCode! }, principal);
  return article;
}

export async function updateArticle(em: EntityManager, actor: Actor, kind: HelpKind, id: number, changes: Partial<ArticleInput>): Promise<HelpArticle> {
  const article = await articleInScope(em, actor.principal, kind, id);
  await sql(em, 'update help_article set title = ?, body = ?, position = ?, updated_at = ? where id = ?', [
    changes.title ?? article.title, changes.body ?? article.body, changes.position ?? article.position, actor.now, id,
  ]);
  return (await findArticle(em, kind, id))!;
}

export async function deleteArticle(em: EntityManager, actor: Actor, kind: HelpKind, id: number): Promise<void> {
  await articleInScope(em, actor.principal, kind, id);
  await sql(em, 'delete from help_article where id = ?', [id]);
}
