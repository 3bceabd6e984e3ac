/**
 * The catalogue of validation findings. Codes are stable names that programs may rely on (a retired
 * code is never reused); messages are Vietnamese, for the process designer who drew the diagram.
 */

export const FINDING_CODES = [
  /** The XML exceeds {@link BPMN_MAX_BYTES}; the API answers 413. */
  'BPMN_TOO_LARGE',
  /** A DOCTYPE or ENTITY declaration: refused before parsing (entity-expansion bombs). */
  'BPMN_DOCTYPE_FORBIDDEN',
  'BPMN_MALFORMED',
  'BPMN_UNKNOWN_ELEMENT',
  'BPMN_DUPLICATE_ID',
  'BPMN_UNRESOLVED_REFERENCE',
  'BPMN_PARSE_WARNING',
  'NO_PROCESS',
  'PROCESS_AMBIGUOUS',
  'NO_START_EVENT',
  'MULTIPLE_START_EVENTS',
  'NO_END_EVENT',
  'UNREACHABLE_ELEMENT',
  'UNSUPPORTED_ELEMENT',
  'SCRIPT_FORBIDDEN',
  'EXPRESSION_FORBIDDEN',
  'TASK_WITHOUT_ROLE',
  'UNKNOWN_ROLE',
  'INVALID_BUDGET',
  'UNKNOWN_ACTION',
  'INVALID_DEPARTMENT',
  'INVALID_AGENCY',
  'INVALID_FORM_VIEW',
  'UNKNOWN_OUTCOME',
  'GATEWAY_NO_DEFAULT',
  'GATEWAY_FLOW_WITHOUT_CONDITION',
  'CONDITIONAL_FLOWS_NO_DEFAULT',
  /** A boundary event of a repeatable step leads into a joining gateway (see runtime/bpmn-overrides.ts). */
  'LOOPED_BOUNDARY_JOIN',
  'INVALID_CONDITION',
  'CONDITION_USES_CLOCK',
  'INVALID_TIMER',
  'FLOW_CROSSES_SCOPE',
  'CALL_ACTIVITY_WITHOUT_TARGET',
  'CALL_ACTIVITY_LOCAL_PROCESS',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** One problem in a diagram; `elementId` names the BPMN element when there is one. */
export interface Finding {
  elementId?: string;
  code: FindingCode;
  message: string;
}

/** Collects findings while the rules run; rules never throw for a bad diagram. */
export class FindingList {
  readonly items: Finding[] = [];

  add(code: FindingCode, message: string, elementId?: string): void {
    this.items.push(elementId === undefined ? { code, message } : { elementId, code, message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}

/** How an element is named in a message: its name when it has one, else its id. */
export function label(element: { id?: string; name?: string }): string {
  if (element.name && element.id) return `"${element.name}" (${element.id})`;
  return `"${element.name ?? element.id ?? '?'}"`;
}
