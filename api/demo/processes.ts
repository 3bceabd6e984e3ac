import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DefinitionStore } from '../workflow/definitions';

/** The internal processes the demo procedures run on; each lives in processes/<key>/process.bpmn. */
export const DEMO_PROCESS_KEYS = ['one-stop-standard', 'immediate-result'] as const;

const PROCESSES_DIR = join(__dirname, '..', '..', 'processes');

/** Deploys each demo process that has no version yet, through the same validation as the API. */
export async function deployDemoProcesses(em: EntityManager, adminId: number): Promise<string[]> {
  const store = new DefinitionStore();
  const deployed: string[] = [];
  for (const key of DEMO_PROCESS_KEYS) {
    if (await store.latest(em, key)) continue;
    const xml = readFileSync(join(PROCESSES_DIR, key, 'process.bpmn'), 'utf8');
    await store.deploy(em, key, xml, adminId);
    deployed.push(key);
  }
  return deployed;
}
