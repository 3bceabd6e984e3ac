import type { Applicant } from '../api/dossiers/applicant';
import type { ProcedureInput } from '../api/catalogue/model';

/** A realistic application the demo seeds and the feature tests submit. */
export interface SampleApplication {
  applicant: Applicant;
  formData: Record<string, unknown>;
}

/**
 * A demo procedure that runs on its own internal process (quy trình nội bộ): the folder
 * processes/<record.processKey>/ holds its diagram (process.bpmn), its e-form and its feature test.
 */
export interface DemoProcedure {
  /** The catalogue record (A3), published in demo mode under the demo decision. */
  record: ProcedureInput & { processKey: string };
  /** Where the demo receives its dossiers (one of `record.agencyCodes`). */
  agencyCode: string;
  samples: SampleApplication[];
}
