import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type ErrorDetail } from '../errors/catalogue';
import type { Principal } from '../identity/principal';
import { DEMO_DECISION, demoCatalogueSectors, demoInformationProcedures, demoRunnableProcedures } from './demo-procedures';
import { createProcedure, publishProcedure, recordTestRun, type Actor } from './lifecycle';
import { json, sql } from './sql';

export interface DemoCatalogueResult {
  published: string[];
  /** Procedures left as drafts, with why publication refused them (a process not deployed, say). */
  drafts: { code: string; findings: ErrorDetail[] }[];
}

/**
 * Seeds the demo catalogue through the lifecycle services, as `admin` acting for the control
 * office: each procedure with a process is drafted, test-run and published under the demo
 * decision; information-only records are published directly. Call it after the demo province
 * exists and the processes `one-stop-standard` and `immediate-result` are deployed. Does nothing
 * when the catalogue already holds a procedure.
 */
export async function seedDemoCatalogue(em: EntityManager, admin: Principal, now: Date = new Date()): Promise<DemoCatalogueResult> {
  const result: DemoCatalogueResult = { published: [], drafts: [] };
  if ((await sql(em, 'select 1 from procedure limit 1')).length > 0) return result;
  await sql(em, `insert into sector (code, name) select x->>'code', x->>'name' from jsonb_array_elements(?::jsonb) x on conflict (code) do nothing`,
    [json(demoCatalogueSectors)]);
  const actor: Actor = { principal: admin, now };
  for (const input of [...demoRunnableProcedures, ...demoInformationProcedures]) {
    await createProcedure(em, actor, input);
    if (input.processKey) {
      await recordTestRun(em, actor, input.code, { outcome: 'passed', notes: 'Dữ liệu demo: hồ sơ mẫu đã đi hết quy trình khi khởi tạo.' });
    }
    try {
      await publishProcedure(em, actor, input.code, DEMO_DECISION);
      result.published.push(input.code);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'PROCEDURE_PUBLICATION_REFUSED') throw error;
      result.drafts.push({ code: input.code, findings: error.details });
    }
  }
  return result;
}
