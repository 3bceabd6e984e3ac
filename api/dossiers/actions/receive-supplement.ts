import { deliverMessage } from '../../../engine';
import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/** The message the internal process waits on while the applicant completes the dossier. */
export const SUPPLEMENT_MESSAGE = 'dossier_supplemented';

/**
 * Bổ sung hồ sơ (D9, C4): the papers arrive (at the desk or online), the process resumes where
 * it asked for them, and the clock restarts with the working time that was left when it stopped
 * (REQUIREMENTS E2).
 */
export async function receiveSupplement(ctx: CommandContext, note?: string) {
  requireStatus(ctx.dossier, 'supplement_requested');
  const { dossier, deps } = ctx;
  const definition = await deps.definitions.get(deps.em, dossier.process_definition_id);
  const step = await deliverMessage(definition, dossier.engine_state as never, { messageName: SUPPLEMENT_MESSAGE, data: {}, now: deps.now, hot: deps.definitions.hot(dossier.id) });
  const dueAt = dossier.due_at && dossier.clock_stopped_at
    ? deps.calendar.resumeAfterStop({ dueAt: dossier.due_at, stoppedAt: dossier.clock_stopped_at, resumedAt: deps.now })
    : dossier.due_at;
  await ctx.persist(step, { status: 'processing', clockStoppedAt: null, dueAt }, { kind: 'supplement_received', comment: note ?? null });
  return { status: 'processing', dueAt };
}
