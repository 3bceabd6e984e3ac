import { stringProperty } from '../model/moddle';
import type { ProcessGraph } from '../model/process-graph';
import { readUserTask } from '../model/task-attributes';
import { isOutcome, OUTCOMES } from '../model/vocabulary';
import { label, type FindingList } from './findings';

/**
 * User tasks need a role that exists and well-formed `tthc:` attributes; end events may only
 * declare known outcomes; call activities must name the procedure they call.
 */
export function checkTasks(graph: ProcessGraph, knownRoles: readonly string[] | undefined, processIds: Set<string>, findings: FindingList): void {
  const roles = knownRoles ? new Set(knownRoles) : undefined;
  for (const node of graph.nodes.values()) {
    if (node.type === 'bpmn:UserTask') {
      const { attributes, problems } = readUserTask(node.element);
      if (attributes.roles.length === 0) {
        findings.add('TASK_WITHOUT_ROLE', `Bước ${label(node)} chưa gán vai trò xử lý (camunda:candidateGroups).`, node.id);
      }
      for (const role of attributes.roles) {
        // `${...}` in place of a role is reported by the script rules.
        if (roles && !roles.has(role) && !/[$#]\{/.test(role)) {
          findings.add('UNKNOWN_ROLE', `Bước ${label(node)} gán vai trò "${role}" không có trong hệ thống.`, node.id);
        }
      }
      for (const problem of problems) findings.add(problem.code, `Bước ${label(node)}: ${problem.message}.`, node.id);
    } else if (node.type === 'bpmn:EndEvent') {
      const outcome = stringProperty(node.element, 'outcome');
      if (outcome !== undefined && !isOutcome(outcome.trim())) {
        findings.add(
          'UNKNOWN_OUTCOME',
          `Sự kiện kết thúc ${label(node)} khai báo kết quả "${outcome}" không thuộc danh mục (${Object.keys(OUTCOMES).join(', ')}).`,
          node.id,
        );
      }
    } else if (node.type === 'bpmn:CallActivity') {
      const called = stringProperty(node.element, 'calledElement')?.trim();
      if (!called) {
        findings.add('CALL_ACTIVITY_WITHOUT_TARGET', `Bước gọi quy trình ${label(node)} chưa nêu quy trình được gọi (calledElement).`, node.id);
      } else if (processIds.has(called)) {
        // bpmn-engine would run a process of the same file inline; ours waits for the caller instead.
        findings.add(
          'CALL_ACTIVITY_LOCAL_PROCESS',
          `Bước ${label(node)} gọi quy trình "${called}" nằm trong cùng tệp; hãy dùng tiến trình con (sub-process).`,
          node.id,
        );
      }
    }
  }
}
