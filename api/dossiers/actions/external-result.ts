import { deliverMessage } from '../../../engine';
import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/** The message the internal process waits on while an agency outside the platform decides. */
export const EXTERNAL_RESULT_MESSAGE = 'external_result';

/**
 * Kết quả của cơ quan ngoài hệ thống (D8): an officer keys in the answer of an external agency,
 * and the process continues past its wait.
 */
export async function recordExternalResult(ctx: CommandContext, input: { agencyName: string; result: string; documentNumber?: string }) {
  requireStatus(ctx.dossier, 'processing');
  const { dossier, deps } = ctx;
  const definition = await deps.definitions.get(deps.em, dossier.process_definition_id);
  const step = await deliverMessage(definition, dossier.engine_state as never, {
    messageName: EXTERNAL_RESULT_MESSAGE, data: { externalResult: input.result, externalAgency: input.agencyName }, now: deps.now, hot: deps.definitions.hot(dossier.id),
  });
  await ctx.db.run(
    `insert into external_step (dossier_id, agency_name, requested_at, result, document_number, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)`,
    [dossier.id, input.agencyName, dossier.received_at ?? deps.now, input.result, input.documentNumber ?? null, deps.now, ctx.actorId],
  );
  await ctx.persist(step, {}, { kind: 'external_result', comment: input.result, data: { agencyName: input.agencyName, documentNumber: input.documentNumber ?? null } });
  return { status: dossier.status };
}
