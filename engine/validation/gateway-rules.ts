import { checkFeel } from '../model/feel';
import { isJoin, onCycle, successors, type FlowNode, type ProcessGraph } from '../model/process-graph';
import { label, type FindingList } from './findings';

const DECISION_GATEWAYS = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']);

/**
 * Decisions must always find a way out: an exclusive or inclusive gateway whose outgoing flows are
 * all conditional needs a default flow, or a dossier could stop there with no flow taken. A
 * non-default flow without a condition would always be taken, which hides a modelling mistake.
 */
export function checkGateways(graph: ProcessGraph, findings: FindingList): void {
  for (const node of graph.nodes.values()) {
    if (node.outgoing.length === 0) continue;
    const hasDefault = node.outgoing.some((flow) => flow.isDefault);
    const unconditional = node.outgoing.filter((flow) => !flow.isDefault && flow.condition === undefined);
    const mayStop = !hasDefault && unconditional.length === 0;
    if (DECISION_GATEWAYS.has(node.type)) {
      if (mayStop) {
        findings.add(
          'GATEWAY_NO_DEFAULT',
          `Cổng rẽ nhánh ${label(node)} có mọi luồng ra đều có điều kiện nhưng không có luồng mặc định; hồ sơ có thể bị dừng tại đây.`,
          node.id,
        );
      }
      if (node.outgoing.length < 2) continue;
      for (const flow of unconditional) {
        findings.add(
          'GATEWAY_FLOW_WITHOUT_CONDITION',
          `Luồng ${label(flow)} ra khỏi cổng ${label(node)} không có điều kiện và không phải luồng mặc định.`,
          flow.id,
        );
      }
    } else if (mayStop && node.type !== 'bpmn:ParallelGateway') {
      // Conditional flows straight out of a step behave like an inclusive gateway: same risk.
      findings.add(
        'CONDITIONAL_FLOWS_NO_DEFAULT',
        `Mọi luồng ra khỏi ${label(node)} đều có điều kiện nhưng không có luồng mặc định; hồ sơ có thể bị dừng tại đây.`,
        node.id,
      );
    }
  }
}

/** Every condition must be one complete FEEL expression that does not read the machine clock. */
export function checkConditions(graph: ProcessGraph, findings: FindingList): void {
  for (const flow of graph.flows.values()) {
    if (flow.condition === undefined) continue;
    // `${...}` is reported by the script rules; parsing it as FEEL would only add noise.
    if (/[$#]\{/.test(flow.condition)) continue;
    const check = checkFeel(flow.condition);
    if (!check.ok) {
      findings.add('INVALID_CONDITION', `Điều kiện của luồng ${label(flow)} không phải biểu thức FEEL hợp lệ: ${check.reason}.`, flow.id);
    } else if (check.usesClock) {
      findings.add(
        'CONDITION_USES_CLOCK',
        `Điều kiện của luồng ${label(flow)} dùng now() hoặc today(); thời gian phải lấy từ biến của hồ sơ.`,
        flow.id,
      );
    }
  }
}

/**
 * A joining gateway learns that a branch will not come from the discards of the paths not taken.
 * A boundary event of a step that can be repeated (a draft that may be returned) is discarded each
 * time the step completes, yet may fire on a later pass, so a join behind it could never tell
 * whether to wait. Such a boundary path must end on its own instead.
 */
export function checkJoins(graph: ProcessGraph, findings: FindingList): void {
  for (const boundary of graph.nodes.values()) {
    if (!boundary.attachedTo || !onCycle(boundary.attachedTo)) continue;
    const join = reachableJoin(boundary);
    if (join) {
      findings.add(
        'LOOPED_BOUNDARY_JOIN',
        `Sự kiện biên ${label(boundary)} gắn vào bước có thể lặp lại nhưng dẫn tới cổng hợp nhánh ${label(join)}; hãy cho nhánh này kết thúc riêng.`,
        boundary.id,
      );
    }
  }
}

function reachableJoin(start: FlowNode): FlowNode | undefined {
  const seen = new Set<FlowNode>();
  const pending = successors(start);
  while (pending.length > 0) {
    const node = pending.pop() as FlowNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (isJoin(node)) return node;
    pending.push(...successors(node));
  }
  return undefined;
}
