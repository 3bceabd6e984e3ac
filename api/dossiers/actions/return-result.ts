import type { Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import type { CommandContext } from '../command';
import type { PostalConnector, Shipment } from '../connectors/postal';
import { requireStatus } from '../dossier-lock';

/** Hình thức trả kết quả (C6, D11). */
export type ReturnMethod = 'counter' | 'postal' | 'online';

export interface ReturnRequest {
  method: ReturnMethod;
  note?: string;
  /** Where the post delivers it; the applicant's address when left out. */
  address?: string;
}

/**
 * Trả kết quả (D11): the desk hands over the result (or the notice of non-resolution) at the
 * counter, by public postal service or online; the dossier closes at the actual return time. By
 * post, the parcel is booked with the postal operator and its item number kept in the history.
 */
export async function returnResult(ctx: CommandContext, postal: (db: Sql) => PostalConnector, request: ReturnRequest) {
  requireStatus(ctx.dossier, 'result_ready', 'not_resolved');
  const now = ctx.deps.now;
  const status = ctx.dossier.status === 'result_ready' ? 'returned' : 'not_resolved';
  let shipment: (Shipment & { address: string }) | undefined;
  if (request.method === 'postal') {
    const { applicant } = ctx.dossier;
    const address = request.address?.trim() || applicant.address?.trim();
    if (!address) throw new AppError('VALIDATION_FAILED', [{ path: '/address', message: 'Cần địa chỉ nhận kết quả qua dịch vụ bưu chính công ích.' }]);
    const booked = await postal(ctx.db).ship({
      dossierCode: ctx.dossier.code, sender: ctx.dossier.agency_code, contents: `Kết quả giải quyết hồ sơ ${ctx.dossier.code}`,
      recipient: { name: applicant.fullName, address, ...(applicant.phone ? { phone: applicant.phone } : {}) },
    });
    shipment = { ...booked, address };
  }
  await ctx.persist(null, { status, completedAt: now }, {
    kind: 'result_returned', action: request.method, comment: request.note ?? null, data: { method: request.method, ...shipment },
  });
  return { status, completedAt: now, trackingNumber: shipment?.trackingNumber ?? null };
}
