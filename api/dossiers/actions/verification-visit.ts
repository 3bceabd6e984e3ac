import { pgArray } from '../../db/sql';
import type { CommandContext } from '../command';
import { requireStatus } from '../dossier-lock';

export interface VisitRecord {
  visitedAt: Date;
  place: string;
  participants: string[];
  content: string;
  conclusion?: string;
}

/** Biên bản xác minh thực địa (D6): time, place, participants and content of a verification visit. */
export async function recordVerificationVisit(ctx: CommandContext, visit: VisitRecord) {
  requireStatus(ctx.dossier, 'processing');
  const row = await ctx.db.one<{ id: string }>(
    `insert into verification_visit (dossier_id, visited_at, place, participants, content, conclusion, recorded_by, created_at)
     values (?, ?, ?, ?::text[], ?, ?, ?, ?) returning id`,
    [ctx.dossier.id, visit.visitedAt, visit.place, pgArray(visit.participants), visit.content, visit.conclusion ?? null, ctx.actorId, ctx.deps.now],
  );
  await ctx.persist(null, {}, { kind: 'verification_visit', comment: visit.content, data: { visitId: Number(row!.id), place: visit.place } });
  return { id: Number(row!.id) };
}
