import type { EntityManager } from '@mikro-orm/postgresql';
import { applyView, checkEditable, mergeEditable, validateFormData } from '../../forms';
import { findProcedureVersion } from '../catalogue';
import { AppError } from '../errors/catalogue';
import type { TaskRow } from './task-access';

/**
 * Biểu mẫu tại một bước (B1, B3): an officer may change only the fields their step's form view
 * makes editable; the API enforces it, the UI only reflects it. The client sends the form as its
 * step shows it, so fields hidden from the step are neither required nor touched. Returns the
 * dossier's new form data, validated as a whole.
 */
export async function editFormAtStep(em: EntityManager, task: TaskRow, submitted: Record<string, unknown>): Promise<Record<string, unknown>> {
  const procedure = await findProcedureVersion(em, task.procedure_version_id);
  if (!procedure) throw new AppError('UNKNOWN_PROCEDURE');
  const view = task.form_view ?? undefined;
  const locked = checkEditable(procedure.form, view, applyView(procedure.form, view, task.form_data), submitted, { basePath: '/formData' });
  if (locked.length) throw new AppError('FORM_FIELD_LOCKED', locked);
  const merged = mergeEditable(procedure.form, view, task.form_data, submitted);
  const problems = validateFormData(procedure.form, merged, { basePath: '/formData', cacheKey: `procedure-version:${procedure.versionId}` });
  if (problems.length) throw new AppError('FORM_INVALID', problems);
  return merged;
}
