import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/** Hình thức trả kết quả (C6, D11). */
export type ReturnMethod = 'counter' | 'postal' | 'online';

/**
 * Trả kết quả (D11): the desk hands over the result (or the notice of non-resolution) at the
 * counter, by public postal service or online; the dossier closes at the actual return time.
 */
export async function returnResult(ctx: CommandContext, method: ReturnMethod, note?: string) {
  requireStatus(ctx.dossier, 'result_ready', 'not_resolved');
  const now = ctx.deps.now;
  const status = ctx.dossier.status === 'result_ready' ? 'returned' : 'not_resolved';
  await ctx.persist(null, { status, completedAt: now }, { kind: 'result_returned', action: method, comment: note ?? null, data: { method } });
  return { status, completedAt: now };
}
