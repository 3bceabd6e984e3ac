import type { DossierDiagram } from './dossier-api';

/** A node of the diagram as the viewer's element registry gives it, reduced to what the path needs. */
export interface DiagramNode {
  id: string;
  type: string;
  outcome?: string;
  outgoing: { id: string; target: string }[];
}

/** What to highlight: the elements and flows already passed, and where the dossier stands now. */
export interface DiagramPath {
  done: Set<string>;
  current: Set<string>;
}

const isTask = (node: DiagramNode) => /Task$/.test(node.type) || node.type === 'bpmn:CallActivity' || node.type === 'bpmn:SubProcess';

/**
 * The path the dossier took, rebuilt from the steps our task table recorded: from the start event
 * through each step in the order it opened, to what it waits for or the end it reached. Between
 * two steps the shortest way through gateways and events is taken; the engine's own state is not
 * read (DESIGN.md decision 2), so a branch that left no step behind is drawn by its shortest way.
 */
export function dossierPath(nodes: readonly DiagramNode[], diagram: Pick<DossierDiagram, 'steps' | 'waiting' | 'ended' | 'outcome'>): DiagramPath {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const done = new Set<string>();
  const current = new Set<string>([...diagram.steps.filter((s) => s.status === 'open').map((s) => s.taskKey), ...diagram.waiting]);
  const start = nodes.find((node) => node.type === 'bpmn:StartEvent');
  const anchors = [
    ...(start ? [start.id] : []),
    ...diagram.steps.map((step) => step.taskKey),
    ...diagram.waiting,
  ];
  if (diagram.ended) {
    const ends = nodes.filter((node) => node.type === 'bpmn:EndEvent');
    const end = ends.find((node) => node.outcome && node.outcome === diagram.outcome) ?? ends[0];
    if (end) anchors.push(end.id);
  }
  for (let i = 0; i + 1 < anchors.length; i += 1) {
    const way = shortestWay(byId, anchors[i], anchors[i + 1]);
    for (const id of way) done.add(id);
  }
  for (const step of diagram.steps) if (step.status !== 'open') done.add(step.taskKey);
  if (start) done.add(start.id);
  for (const id of current) done.delete(id);
  return { done, current };
}

/** The flows and in-between nodes from `from` to `to`, not passing through another task. */
function shortestWay(byId: ReadonlyMap<string, DiagramNode>, from: string, to: string): string[] {
  const previous = new Map<string, { node: string; flow: string }>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) break;
    const node = byId.get(id);
    if (!node || (id !== from && isTask(node))) continue;
    for (const flow of node.outgoing) {
      if (seen.has(flow.target)) continue;
      seen.add(flow.target);
      previous.set(flow.target, { node: id, flow: flow.id });
      queue.push(flow.target);
    }
  }
  if (!previous.has(to)) return [];
  const way: string[] = [to];
  for (let at = to; at !== from;) {
    const step = previous.get(at)!;
    way.push(step.flow, step.node);
    at = step.node;
  }
  return way;
}
