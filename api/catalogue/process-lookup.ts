import type { EntityManager } from '@mikro-orm/postgresql';
import { toWorkingHours, type WorkingDuration } from './model';
import { sql } from './sql';

/**
 * Quy trình nội bộ as the catalogue sees it: the summary the lead's deployment stores beside each
 * immutable BPMN version (`process_definition.summary`), never the BPMN itself.
 */
export interface ProcessUserTask {
  id: string;
  name?: string;
  role?: string;
  department?: string;
  budget?: WorkingDuration | null;
  actions?: string[];
  formView?: string | null;
}

export interface DeployedProcess {
  key: string;
  version: number;
  name: string | null;
  userTasks: ProcessUserTask[];
}

/** The given version of a process, or its latest when `version` is null; null when none is deployed. */
export async function findDeployedProcess(em: EntityManager, key: string, version: number | null): Promise<DeployedProcess | null> {
  const rows = await sql<{ key: string; version: number; name: string | null; summary: { userTasks?: ProcessUserTask[] } | null }>(em,
    `select key, version, name, summary from process_definition
      where key = ? and (?::int is null or version = ?::int) order by version desc limit 1`,
    [key, version, version]);
  const row = rows[0];
  if (!row) return null;
  return { key: row.key, version: row.version, name: row.name, userTasks: Array.isArray(row.summary?.userTasks) ? row.summary.userTasks : [] };
}

/** Sum of the steps' time budgets in working hours; a step without a budget adds nothing. */
export function budgetHours(process: DeployedProcess): number {
  return process.userTasks.reduce((sum, task) => {
    const budget = task.budget;
    if (!budget || typeof budget.value !== 'number' || (budget.unit !== 'working_days' && budget.unit !== 'working_hours')) return sum;
    return sum + toWorkingHours(budget);
  }, 0);
}

/** `37,5 giờ làm việc (5 ngày làm việc)`: a duration as the control office reads it. */
export function describeHours(hours: number): string {
  const format = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return `${format(hours)} giờ làm việc (${format(hours / 7.5)} ngày làm việc)`;
}
