import { toIsoLocal } from '../calendar/local-time';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { readableDossier, type Reader } from './dossier-view';

/** One step the dossier reached, oldest first: the viewer highlights the path they draw. */
export interface DiagramStep {
  taskKey: string;
  name: string;
  status: 'open' | 'completed' | 'cancelled';
  action: string | null;
  openedAt: string;
  closedAt: string | null;
}

interface EngineStateSummary {
  status?: string;
  waits?: { elementId: string }[];
  variables?: { outcome?: unknown };
}

/**
 * Sơ đồ quy trình của hồ sơ: the BPMN version the dossier runs on, for any officer who may read
 * the dossier (the designers' route is for designers only), with the steps it went through from
 * our task table and what it waits for from the documented part of the saved state (STATE-FORMAT.md).
 */
export async function dossierDiagram(db: Sql, reader: Extract<Reader, { kind: 'officer' }>, code: string) {
  const view = await readableDossier(db, reader, code);
  const row = await db.one<{ key: string; version: number; bpmn_xml: string; engine_state: EngineStateSummary | null }>(
    `select p.key, p.version, p.bpmn_xml, d.engine_state
       from dossier d join process_definition p on p.id = d.process_definition_id where d.code = ?`,
    [view.code],
  );
  if (!row) throw new AppError('DOSSIER_NOT_FOUND');
  const tasks = await db.all<{ task_key: string; name: string; status: DiagramStep['status']; action: string | null; created_at: Date; completed_at: Date | null }>(
    'select task_key, name, status, action, created_at, completed_at from task where dossier_id = ? order by created_at, id',
    [view.id],
  );
  const state = row.engine_state ?? {};
  const outcome = state.variables?.outcome;
  return {
    processKey: row.key,
    processVersion: row.version,
    bpmnXml: row.bpmn_xml,
    steps: tasks.map((t): DiagramStep => ({
      taskKey: t.task_key, name: t.name, status: t.status, action: t.action,
      openedAt: toIsoLocal(t.created_at), closedAt: t.completed_at ? toIsoLocal(t.completed_at) : null,
    })),
    waiting: (state.waits ?? []).map((wait) => wait.elementId),
    ended: state.status !== undefined && state.status !== 'running',
    outcome: typeof outcome === 'string' ? outcome : null,
  };
}
