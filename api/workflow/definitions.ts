import type { EntityManager } from '@mikro-orm/postgresql';
import { compileDefinition, HotEngineCache, validateBpmn, type HotEngineOption, type ProcessDefinition } from '../../engine';
import { ROLE_NAMES } from '../authz/roles';
import { pgArray, sql } from '../db/sql';
import { bpmnSteps, type EngineSteps } from './engine-steps';
import { AppError } from '../errors/catalogue';

export interface DeployedVersion {
  id: number;
  key: string;
  version: number;
  name: string | null;
  deployedAt: Date;
  deployedBy: string | null;
}

/**
 * Quy trình nội bộ đã triển khai: immutable BPMN versions. Each version is parsed once per node
 * and kept: a version never changes, so the cache never needs invalidating.
 */
export class DefinitionStore {
  private readonly compiled = new Map<number, Promise<ProcessDefinition>>();
  /**
   * Live engines of recently touched dossiers (DESIGN.md decision 3): the next step of a dossier
   * skips recovering its engine when the saved state is exactly the one that engine produced.
   */
  private readonly hotEngines: HotEngineCache | undefined;

  /**
   * @param steps the engine's step functions; only the benchmark passes its baseline.
   * @param hotEngines how many live engines to keep (config HOT_ENGINES).
   */
  constructor(readonly steps: EngineSteps = bpmnSteps, hotEngines = 64) {
    this.hotEngines = hotEngines > 0 ? new HotEngineCache({ max: hotEngines }) : undefined;
  }

  /** The step option that lets a dossier's next step reuse its live engine on this node. */
  hot(dossierId: number): HotEngineOption | undefined {
    return this.hotEngines && { cache: this.hotEngines, key: String(dossierId) };
  }

  /** Validates, then stores the next version of the key; findings come back as a 422. */
  async deploy(em: EntityManager, key: string, xml: string, actorId: number): Promise<{ key: string; version: number; id: number }> {
    const validation = await validateBpmn(xml, { knownRoles: ROLE_NAMES });
    if (!validation.ok) {
      const tooLarge = validation.findings.some((f) => f.code === 'BPMN_TOO_LARGE');
      throw new AppError(tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BPMN_INVALID', validation.findings.map((f) => ({
        path: f.elementId ?? '/bpmnXml', message: f.message, code: f.code,
      })));
    }
    const definition = validation.definition;
    await checkAgencies(em, definition);
    return em.transactional(async (tx) => {
      const db = sql(tx);
      // Versions of one key are numbered in order: serialise deployments of that key.
      await db.run('select pg_advisory_xact_lock(hashtext(?))', [`process:${key}`]);
      const next = await db.one<{ version: number }>('select coalesce(max(version), 0) + 1 as version from process_definition where key = ?', [key]);
      const row = await db.one<{ id: number }>(
        `insert into process_definition (key, version, name, bpmn_xml, summary, deployed_by) values (?, ?, ?, ?, ?, ?) returning id`,
        [key, next!.version, definition.name ?? null, xml, JSON.stringify({ userTasks: definition.userTasks }), actorId],
      );
      return { key, version: next!.version, id: row!.id };
    });
  }

  /** The compiled definition of a stored version, parsed at most once per node. */
  get(em: EntityManager, id: number): Promise<ProcessDefinition> {
    let entry = this.compiled.get(id);
    if (!entry) {
      entry = sql(em).one<{ bpmn_xml: string; key: string; version: number }>(
        'select bpmn_xml, key, version from process_definition where id = ?', [id],
      ).then((row) => {
        if (!row) throw new AppError('PROCESS_NOT_FOUND');
        return compileDefinition(row.bpmn_xml, { key: row.key, version: row.version });
      });
      entry.catch(() => this.compiled.delete(id));
      this.compiled.set(id, entry);
    }
    return entry;
  }

  async latest(em: EntityManager, key: string): Promise<{ id: number; version: number } | undefined> {
    return sql(em).one('select id, version from process_definition where key = ? order by version desc limit 1', [key]);
  }

  async list(em: EntityManager): Promise<DeployedVersion[]> {
    const rows = await sql(em).all<{ id: number; key: string; version: number; name: string | null; deployed_at: Date; username: string | null }>(
      `select p.id, p.key, p.version, p.name, p.deployed_at, u.username
         from process_definition p left join app_user u on u.id = p.deployed_by order by p.key, p.version`,
    );
    return rows.map((r) => ({ id: r.id, key: r.key, version: r.version, name: r.name, deployedAt: r.deployed_at, deployedBy: r.username }));
  }

  async source(em: EntityManager, key: string, version: number): Promise<string> {
    const row = await sql(em).one<{ bpmn_xml: string }>('select bpmn_xml from process_definition where key = ? and version = ?', [key, version]);
    if (!row) throw new AppError('PROCESS_NOT_FOUND');
    return row.bpmn_xml;
  }
}

/** An inter-agency step must name an agency that exists on the platform. */
async function checkAgencies(em: EntityManager, definition: ProcessDefinition): Promise<void> {
  const codes = [...new Set(definition.userTasks.flatMap((task) => (task.agency ? [task.agency] : [])))];
  if (!codes.length) return;
  const known = await sql(em).all<{ code: string }>('select code from agency where code = any(?::text[])', [pgArray(codes)]);
  const findings = definition.userTasks
    .filter((task) => task.agency && !known.some((row) => row.code === task.agency))
    .map((task) => ({ path: task.elementId, code: 'UNKNOWN_AGENCY', message: `Bước "${task.name ?? task.elementId}" giao cho cơ quan mã "${task.agency}" nhưng cơ quan này không tồn tại.` }));
  if (findings.length) throw new AppError('BPMN_INVALID', findings);
}
