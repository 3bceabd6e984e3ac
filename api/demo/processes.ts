import type { EntityManager } from '@mikro-orm/postgresql';
import { demoProcedures, processXml } from '../../processes';
import { DefinitionStore } from '../workflow/definitions';

/** Deploys each demo procedure's process that has no version yet, through the same validation as the API. */
export async function deployDemoProcesses(em: EntityManager, adminId: number): Promise<string[]> {
  const store = new DefinitionStore();
  const deployed: string[] = [];
  for (const { record: { processKey: key } } of demoProcedures) {
    if (await store.latest(em, key)) continue;
    await store.deploy(em, key, processXml(key), adminId);
    deployed.push(key);
  }
  return deployed;
}
