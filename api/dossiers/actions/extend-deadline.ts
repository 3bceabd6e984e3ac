import { AppError } from '../../errors/catalogue';
import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

/**
 * Gia hạn và xin lỗi (D10): a late dossier gets a new appointment date and an apology letter to
 * the applicant. The dossier stays open: an apology never closes it, and the statistics still
 * judge it against the original due date.
 */
export async function extendDeadline(ctx: CommandContext, newDueAt: Date, reason: string) {
  requireStatus(ctx.dossier, 'processing', 'supplement_requested');
  const { dossier } = ctx;
  if (!dossier.due_at) throw new AppError('WRONG_DOSSIER_STATE', [], 'Hồ sơ trả kết quả ngay không có ngày hẹn để gia hạn.');
  if (newDueAt <= dossier.due_at) {
    throw new AppError('VALIDATION_FAILED', [{ path: '/newDueAt', message: 'Ngày hẹn mới phải sau ngày hẹn trả hiện tại.' }]);
  }
  await ctx.db.run('update dossier set extension_count = extension_count + 1, original_due_at = coalesce(original_due_at, due_at) where id = ?', [dossier.id]);
  await ctx.persist(null, { dueAt: newDueAt }, {
    kind: 'extended', comment: reason, data: { previousDueAt: dossier.due_at.toISOString(), newDueAt: newDueAt.toISOString() },
  });
  return { status: dossier.status, dueAt: newDueAt };
}
