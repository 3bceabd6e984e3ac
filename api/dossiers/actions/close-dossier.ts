import { cancelOpenWork, type CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/** Statuses from which a dossier can still be withdrawn or stopped: it is not resolved yet. */
const OPEN_STATUSES = ['submitted', 'processing', 'supplement_requested'];

/**
 * Rút hồ sơ (D14): the applicant withdraws, in person at the desk or online. Dừng xử lý: the
 * agency stops processing with a reason. Either way the open steps end, the timers are cancelled,
 * and the stop notice (phiếu dừng xử lý) becomes available.
 */
export async function closeDossier(ctx: CommandContext, kind: 'withdrawn' | 'stopped', reason: string) {
  requireStatus(ctx.dossier, ...OPEN_STATUSES);
  const now = ctx.deps.now;
  await cancelOpenWork(ctx.db, ctx.dossier.id, now);
  await ctx.persist(null, { status: kind, completedAt: now, clockStoppedAt: null }, { kind, comment: reason });
  return { status: kind, completedAt: now };
}
