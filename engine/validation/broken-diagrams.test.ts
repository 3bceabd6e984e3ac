import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '../fixtures/kit';
import type { FindingCode } from './findings';
import { compileDefinition, validateBpmn } from './validate';

/**
 * Each diagram under engine/fixtures/broken breaks one rule. Deployment must refuse it with that
 * rule's stable code, naming the element at fault where there is one, in Vietnamese.
 */
const cases: [fixture: string, code: FindingCode, elementId: string | undefined][] = [
  ['not-well-formed', 'BPMN_MALFORMED', undefined],
  ['xml-bomb', 'BPMN_DOCTYPE_FORBIDDEN', undefined],
  ['unknown-bpmn-element', 'BPMN_UNKNOWN_ELEMENT', undefined],
  ['duplicate-id', 'BPMN_DUPLICATE_ID', 'end'],
  ['no-process', 'NO_PROCESS', undefined],
  ['several-executable-processes', 'PROCESS_AMBIGUOUS', 'second_process'],
  ['no-start-event', 'NO_START_EVENT', 'broken_process'],
  ['no-end-event', 'NO_END_EVENT', 'broken_process'],
  ['task-without-role', 'TASK_WITHOUT_ROLE', 'review'],
  ['unknown-role', 'UNKNOWN_ROLE', 'review'],
  ['unreachable-element', 'UNREACHABLE_ELEMENT', 'orphan'],
  ['gateway-without-default', 'GATEWAY_NO_DEFAULT', 'decision'],
  ['conditional-flow-without-default', 'CONDITIONAL_FLOWS_NO_DEFAULT', 'review'],
  ['looped-boundary-join', 'LOOPED_BOUNDARY_JOIN', 'check_late'],
  ['invalid-feel-condition', 'INVALID_CONDITION', 'approved'],
  ['condition-uses-clock', 'CONDITION_USES_CLOCK', 'approved'],
  ['invalid-timer-duration', 'INVALID_TIMER', 'deadline'],
  ['invalid-timer-date', 'INVALID_TIMER', 'deadline'],
  ['timer-date-without-zone', 'INVALID_TIMER', 'deadline'],
  ['invalid-timer-cycle', 'INVALID_TIMER', 'deadline'],
  ['script-task', 'SCRIPT_FORBIDDEN', 'review'],
  ['javascript-condition', 'SCRIPT_FORBIDDEN', 'approved'],
  ['camunda-script', 'SCRIPT_FORBIDDEN', 'review'],
  ['js-expression', 'EXPRESSION_FORBIDDEN', 'approved'],
  ['juel-role', 'EXPRESSION_FORBIDDEN', 'review'],
  ['unsupported-element', 'UNSUPPORTED_ELEMENT', 'review'],
  ['message-start-event', 'UNSUPPORTED_ELEMENT', 'start'],
  ['invalid-budget', 'INVALID_BUDGET', 'review'],
  ['invalid-budget-unit', 'INVALID_BUDGET', 'review'],
  ['unknown-action', 'UNKNOWN_ACTION', 'review'],
  ['unknown-outcome', 'UNKNOWN_OUTCOME', 'end'],
  ['call-activity-without-target', 'CALL_ACTIVITY_WITHOUT_TARGET', 'review'],
];

const read = (fixture: string) => readFileSync(join(__dirname, '..', 'fixtures', 'broken', `${fixture}.bpmn`), 'utf8');
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('broken diagrams are refused with a finding', () => {
  it.each(cases)('%s → %s', async (fixture, code, elementId) => {
    // given a diagram that breaks one rule
    // when it is validated for deployment
    const result = await validateBpmn(read(fixture), { knownRoles: ROLES });
    // then it is refused with that rule's code, on the element at fault
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const finding = result.findings.find((candidate) => candidate.code === code);
    expect(finding).toBeDefined();
    expect(finding?.elementId).toBe(elementId);
    expect(finding?.message).toMatch(VIETNAMESE);
  });

  it('reports only the rule that is broken, not a cascade', async () => {
    for (const [fixture, code] of cases.filter(([name]) => name !== 'unknown-bpmn-element')) {
      const result = await validateBpmn(read(fixture), { knownRoles: ROLES });
      expect({ fixture, codes: result.ok ? [] : [...new Set(result.findings.map((finding) => finding.code))] }).toEqual({ fixture, codes: [code] });
    }
  });

  it('compiling a stored version refuses a broken diagram too, but not an unknown role', async () => {
    await expect(compileDefinition(read('script-task'))).rejects.toMatchObject({ code: 'DEFINITION_INVALID' });
    // a role removed after deployment must not stop the dossiers already running on that version
    await expect(compileDefinition(read('unknown-role'), { key: 'k', version: 1 })).resolves.toMatchObject({ key: 'k', version: 1 });
  });
});
