import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { birthRegistration } from './birth-registration/procedure';
import { certifiedCopy } from './certified-copy/procedure';
import { constructionPermit } from './construction-permit/procedure';
import { criminalRecord } from './criminal-record/procedure';
import type { DemoProcedure } from './demo-procedure';
import { householdBusiness } from './household-business/procedure';

export type { DemoProcedure, SampleApplication } from './demo-procedure';
export { birthRegistration, certifiedCopy, constructionPermit, criminalRecord, householdBusiness };

/** The demo procedures that run on a process, each from its own folder under processes/. */
export const demoProcedures: DemoProcedure[] = [constructionPermit, householdBusiness, certifiedCopy, criminalRecord, birthRegistration];

/** The BPMN source of a demo procedure's internal process: processes/<key>/process.bpmn. */
export function processXml(key: string): string {
  return readFileSync(join(__dirname, key, 'process.bpmn'), 'utf8');
}
