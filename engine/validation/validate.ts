import { buildDefinition } from '../model/build-definition';
import type { ProcessDefinition } from '../model/definition';
import { EngineError } from '../runtime/errors';
import { analyse } from './analyse';
import type { Finding } from './findings';

export type ValidationResult = { ok: true; definition: ProcessDefinition } | { ok: false; findings: Finding[] };

export interface ValidateOptions {
  /** Roles that exist on the platform; a task naming another role is refused (UNKNOWN_ROLE). */
  knownRoles?: readonly string[];
  /** Size limit in bytes; defaults to BPMN_MAX_BYTES. */
  maxBytes?: number;
}

/**
 * Validates a BPMN document before deployment (kiểm tra quy trình trước khi triển khai). A clean
 * document comes back compiled, ready to run; otherwise every finding comes back at once, each
 * with a stable code, a Vietnamese message and, where there is one, the element's id.
 */
export async function validateBpmn(xml: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const analysis = await analyse(xml, options);
  if (!analysis.findings.empty || !analysis.parsed || !analysis.process || !analysis.graph) {
    return { ok: false, findings: analysis.findings.items };
  }
  return { ok: true, definition: buildDefinition(xml, analysis.parsed, analysis.process, analysis.graph) };
}

/**
 * Compiles a stored, already validated version for running. Roles are not checked again (a role
 * removed later must not stop running dossiers); anything else wrong throws DEFINITION_INVALID.
 */
export async function compileDefinition(xml: string, ids: { key?: string; version?: number } = {}): Promise<ProcessDefinition> {
  const analysis = await analyse(xml);
  if (!analysis.findings.empty || !analysis.parsed || !analysis.process || !analysis.graph) {
    const findings = analysis.findings.items;
    throw new EngineError('DEFINITION_INVALID', `BPMN ${ids.key ?? ''}@${ids.version ?? ''} is invalid: ${findings.map((f) => f.code).join(', ')}`, findings);
  }
  return buildDefinition(xml, analysis.parsed, analysis.process, analysis.graph, ids);
}
