import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import type { Sql } from '../../db/sql';
import { AppError, type ErrorDetail } from '../../errors/catalogue';
import type { Paper } from '../pdf/pdf-renderer';
import { asInstant } from '../sql-dates';
import { sampleContext } from './sample-context';
import { compileTemplate, TEMPLATE_DIR } from './template-engine';

/**
 * When a notice kind applies to a dossier. Every condition given must hold:
 * - `received`: the dossier has been received (it has a reception time);
 * - `hasDueDate`: it has an appointment date (not an immediate result);
 * - `statuses`: its status is one of these;
 * - `events`: its history holds an event of one of these kinds (`kind` or `kind:action`); the
 *   latest such event is the one the notice answers (its reason, its dates).
 */
export interface AppliesWhen {
  received?: boolean;
  /** The dossier has an appointment date: procedures with an immediate result need no slip (D4). */
  hasDueDate?: boolean;
  statuses?: string[];
  events?: string[];
}

export type NoticeScope = 'dossier' | 'period';

/** Một mẫu phiếu: one version of one notice kind. Rows never change once written; a change is a new version. */
export interface NoticeTemplate {
  id: number;
  kind: string;
  version: number;
  title: string;
  scope: NoticeScope;
  paper: Paper;
  landscape: boolean;
  appliesWhen: AppliesWhen;
  /** Ký hiệu in the notice number ("12/PXL"); null for notices numbered otherwise (the receipt) or not at all. */
  numberSymbol: string | null;
  /** Issued once per dossier and event and kept (same number, same bytes on reprint), or rendered fresh each time. */
  kept: boolean;
  source: string;
  active: boolean;
  note: string | null;
  createdAt: Date;
}

export interface NewTemplateVersion {
  kind: string;
  title: string;
  paper: Paper;
  landscape?: boolean;
  scope?: NoticeScope;
  appliesWhen?: AppliesWhen;
  numberSymbol?: string | null;
  kept?: boolean;
  source: string;
  note?: string | null;
  /** Make it the version in force at once (the default); false keeps it for preview. */
  activate?: boolean;
}

interface Row {
  id: number; kind: string; version: number; title: string; scope: NoticeScope; paper: Paper; landscape: boolean; applies_when: AppliesWhen;
  number_symbol: string | null; kept: boolean; source: string; active: boolean; note: string | null; created_at: Date;
}

const COLUMNS = 'id, kind, version, title, scope, paper, landscape, applies_when, number_symbol, kept, source, active, note, created_at';

function toTemplate(row: Row): NoticeTemplate {
  return {
    id: row.id, kind: row.kind, version: row.version, title: row.title, scope: row.scope, paper: row.paper, landscape: row.landscape,
    appliesWhen: row.applies_when ?? {}, numberSymbol: row.number_symbol, kept: row.kept, source: row.source, active: row.active,
    note: row.note, createdAt: asInstant(row.created_at),
  };
}

/** The line and column Handlebars reports, made readable. */
function syntaxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = /on line (\d+)/.exec(message)?.[1];
  const first = message.split('\n')[0];
  return line ? `Lỗi cú pháp Handlebars ở dòng ${line}: ${first}` : `Mẫu không dùng được: ${first}`;
}

/**
 * Mẫu phiếu as data (F1): every notice kind and its versions live in `notice_template`. The
 * version in force is read from the database on each use, so every node sees a newly activated
 * version at once; compiled templates are cached by row id, which is safe because rows never change.
 */
export class NoticeTemplateStore {
  private readonly compiled = new Map<number, Handlebars.TemplateDelegate>();

  constructor(private readonly hbs: typeof Handlebars) {}

  async active(db: Sql, kind: string): Promise<NoticeTemplate | undefined> {
    const row = await db.one<Row>(`select ${COLUMNS} from notice_template where kind = ? and active`, [kind]);
    return row ? toTemplate(row) : undefined;
  }

  async version(db: Sql, kind: string, version: number): Promise<NoticeTemplate | undefined> {
    const row = await db.one<Row>(`select ${COLUMNS} from notice_template where kind = ? and version = ?`, [kind, version]);
    return row ? toTemplate(row) : undefined;
  }

  async byId(db: Sql, id: number): Promise<NoticeTemplate | undefined> {
    const row = await db.one<Row>(`select ${COLUMNS} from notice_template where id = ?`, [id]);
    return row ? toTemplate(row) : undefined;
  }

  async list(db: Sql): Promise<NoticeTemplate[]> {
    return (await db.all<Row>(`select ${COLUMNS} from notice_template order by kind, version`)).map(toTemplate);
  }

  /** Fills a template with a context; the caller has built the context for the template's scope. */
  render(template: NoticeTemplate, context: object): string {
    let compiled = this.compiled.get(template.id);
    if (!compiled) {
      compiled = compileTemplate(this.hbs, template.source);
      this.compiled.set(template.id, compiled);
    }
    return compiled(context);
  }

  /**
   * Problems of a template source, found before it is stored (422): its syntax, then a trial
   * render against a sample dossier, which catches unknown helpers and partials.
   */
  problems(source: string, scope: NoticeScope, paper: Paper, landscape: boolean): ErrorDetail[] {
    try {
      this.hbs.parse(source);
    } catch (error) {
      return [{ path: '/source', message: syntaxProblem(error) }];
    }
    try {
      compileTemplate(this.hbs, source)(sampleContext(scope, { paper, landscape }));
    } catch (error) {
      return [{ path: '/source', message: syntaxProblem(error) }];
    }
    if (!/<html[\s>]/i.test(source)) return [{ path: '/source', message: 'Mẫu phải là một trang HTML đầy đủ (có thẻ <html>).' }];
    return [];
  }

  /** Stores a new version of a kind (a new kind starts at version 1) after checking it; 422 on a bad template. */
  async add(db: Sql, input: NewTemplateVersion, createdBy: number | null): Promise<NoticeTemplate> {
    const scope = input.scope ?? (await this.active(db, input.kind))?.scope ?? 'dossier';
    const problems = this.problems(input.source, scope, input.paper, input.landscape ?? false);
    if (problems.length) throw new AppError('NOTICE_TEMPLATE_INVALID', problems);
    const activate = input.activate ?? true;
    // One writer per kind at a time, so two provinces' admins never both get version n+1.
    await db.run('select pg_advisory_xact_lock(hashtext(?))', [`notice_template:${input.kind}`]);
    const next = (await db.one<{ next: number }>('select coalesce(max(version), 0) + 1 as next from notice_template where kind = ?', [input.kind]))!.next;
    if (activate) await db.run('update notice_template set active = false where kind = ? and active', [input.kind]);
    const row = await db.one<Row>(
      `insert into notice_template (kind, version, title, scope, paper, landscape, applies_when, number_symbol, kept, source, active, note, created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${COLUMNS}`,
      [input.kind, next, input.title, scope, input.paper, input.landscape ?? false, JSON.stringify(input.appliesWhen ?? {}),
        input.numberSymbol ?? null, input.kept ?? scope === 'dossier', input.source, activate, input.note ?? null, createdBy],
    );
    return toTemplate(row!);
  }

  /** Puts an older or a previewed version in force (a rollback is just this). */
  async activate(db: Sql, kind: string, version: number): Promise<NoticeTemplate> {
    await db.run('select pg_advisory_xact_lock(hashtext(?))', [`notice_template:${kind}`]);
    const target = await this.version(db, kind, version);
    if (!target) throw new AppError('NOTICE_KIND_NOT_FOUND');
    await db.run('update notice_template set active = false where kind = ? and active and version <> ?', [kind, version]);
    await db.run('update notice_template set active = true where kind = ? and version = ?', [kind, version]);
    return { ...target, active: true };
  }

  /**
   * Seeds the built-in kinds from api/documents/templates on first start: a kind that has no
   * version yet gets version 1. A kind the province already has is left alone, so an upgrade
   * never replaces a province's own wording; a kind new in this release appears by itself.
   */
  async seedBuiltIns(db: Sql): Promise<string[]> {
    const manifest = JSON.parse(readFileSync(join(TEMPLATE_DIR, 'manifest.json'), 'utf8')) as (Omit<NewTemplateVersion, 'source'> & { file: string })[];
    const seeded: string[] = [];
    for (const entry of manifest) {
      const inserted = await db.run(
        `insert into notice_template (kind, version, title, scope, paper, landscape, applies_when, number_symbol, kept, source, active, note)
         select ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, true, ?
          where not exists (select 1 from notice_template where kind = ?)
         on conflict do nothing`,
        [entry.kind, entry.title, entry.scope ?? 'dossier', entry.paper, entry.landscape ?? false, JSON.stringify(entry.appliesWhen ?? {}),
          entry.numberSymbol ?? null, entry.kept ?? true, readFileSync(join(TEMPLATE_DIR, entry.file), 'utf8'), entry.note ?? null, entry.kind],
      );
      if (inserted) seeded.push(entry.kind);
    }
    return seeded;
  }
}
