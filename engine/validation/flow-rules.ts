import type { FlowNode, ProcessGraph, Scope } from '../model/process-graph';
import { label, type FindingList } from './findings';

/** Start and end events, flow wiring and reachability, for the process and each sub-process. */
export function checkFlows(graph: ProcessGraph, findings: FindingList): void {
  checkWiring(graph, findings);
  const scopes = allScopes(graph.root);
  for (const scope of scopes) checkScopeEvents(scope, findings);
  checkReachability(graph, findings);
}

function allScopes(scope: Scope): Scope[] {
  const inner = scope.nodes.flatMap((node) => (node.inner ? allScopes(node.inner) : []));
  return [scope, ...inner];
}

function scopeLabel(scope: Scope): string {
  return scope.parent ? `Tiến trình con ${label(scope.element)}` : `Quy trình ${label(scope.element)}`;
}

function checkScopeEvents(scope: Scope, findings: FindingList): void {
  const starts = scope.nodes.filter((node) => node.type === 'bpmn:StartEvent');
  const ends = scope.nodes.filter((node) => node.type === 'bpmn:EndEvent');
  if (starts.length === 0) {
    findings.add('NO_START_EVENT', `${scopeLabel(scope)} không có sự kiện bắt đầu.`, scope.id);
  } else if (starts.length > 1) {
    // bpmn-engine would start every one of them in parallel, which no one-stop flow means.
    findings.add('MULTIPLE_START_EVENTS', `${scopeLabel(scope)} có ${starts.length} sự kiện bắt đầu; chỉ được có một.`, starts[1].id);
  }
  if (ends.length === 0) {
    findings.add('NO_END_EVENT', `${scopeLabel(scope)} không có sự kiện kết thúc.`, scope.id);
  }
}

function checkWiring(graph: ProcessGraph, findings: FindingList): void {
  for (const flow of graph.flows.values()) {
    if (!flow.source || !flow.target) {
      // moddle has already reported a reference to an id that does not exist.
      if (findings.items.some((finding) => finding.code === 'BPMN_UNRESOLVED_REFERENCE' && finding.elementId === flow.id)) continue;
      findings.add('BPMN_UNRESOLVED_REFERENCE', `Luồng ${label(flow)} phải nối hai phần tử của quy trình.`, flow.id);
      continue;
    }
    if (flow.source.scope !== flow.scope || flow.target.scope !== flow.scope) {
      findings.add('FLOW_CROSSES_SCOPE', `Luồng ${label(flow)} nối hai phần tử không cùng một quy trình hoặc tiến trình con.`, flow.id);
    }
  }
  for (const node of graph.nodes.values()) {
    if (node.type !== 'bpmn:BoundaryEvent') continue;
    if (!node.attachedTo || node.attachedTo.scope !== node.scope) {
      findings.add('BPMN_UNRESOLVED_REFERENCE', `Sự kiện biên ${label(node)} phải gắn vào một bước trong cùng quy trình.`, node.id);
    }
  }
}

/**
 * An element is reachable when a token can get there from the start event along sequence flows.
 * Boundary events of a reachable activity and the content of a reachable sub-process count as
 * reachable. A scope without a start event is reported once, not element by element.
 */
function checkReachability(graph: ProcessGraph, findings: FindingList): void {
  const reached = new Set<FlowNode>();
  const pending: FlowNode[] = [];
  const enterScope = (scope: Scope) => {
    for (const node of scope.nodes) if (node.type === 'bpmn:StartEvent') pending.push(node);
  };
  enterScope(graph.root);
  while (pending.length > 0) {
    const node = pending.pop() as FlowNode;
    if (reached.has(node)) continue;
    reached.add(node);
    for (const flow of node.outgoing) if (flow.target) pending.push(flow.target);
    pending.push(...node.boundaryEvents);
    if (node.inner) enterScope(node.inner);
  }
  const scopesWithStart = new Set(
    allScopes(graph.root).filter((scope) => scope.nodes.some((node) => node.type === 'bpmn:StartEvent')),
  );
  for (const node of graph.nodes.values()) {
    if (reached.has(node) || !scopesWithStart.has(node.scope)) continue;
    // Inside an unreachable sub-process, only the sub-process itself is reported.
    const owner = node.scope.parent ? graph.nodes.get(node.scope.id) : undefined;
    if (owner && !reached.has(owner)) continue;
    findings.add('UNREACHABLE_ELEMENT', `Phần tử ${label(node)} không thể đến được từ sự kiện bắt đầu.`, node.id);
  }
}
