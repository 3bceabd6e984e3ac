import { manyProperty, referenceProperty, stringProperty, type ModdleElement } from './moddle';

/**
 * The executable process as a graph: nodes, sequence flows and nested scopes (sub-processes).
 * Validation rules and the compiled definition both read this rather than the raw moddle tree.
 * Flows are wired from `sourceRef`/`targetRef`, not from the optional `incoming`/`outgoing` children
 * that modelers write, because a hand-written diagram may omit those.
 */
export interface FlowNode {
  element: ModdleElement;
  id: string;
  type: string;
  name?: string;
  scope: Scope;
  incoming: SequenceFlow[];
  outgoing: SequenceFlow[];
  /** Boundary events attached to this activity. */
  boundaryEvents: FlowNode[];
  /** For a boundary event: the activity it is attached to. */
  attachedTo?: FlowNode;
  /** For a sub-process: its inner scope. */
  inner?: Scope;
}

export interface SequenceFlow {
  element: ModdleElement;
  id: string;
  name?: string;
  scope: Scope;
  source?: FlowNode;
  target?: FlowNode;
  /** The condition's text, when the flow has a conditionExpression. */
  condition?: string;
  isDefault: boolean;
}

/** A process or an embedded sub-process: the set of nodes its sequence flows may connect. */
export interface Scope {
  element: ModdleElement;
  id: string;
  nodes: FlowNode[];
  flows: SequenceFlow[];
  parent?: Scope;
}

export interface ProcessGraph {
  root: Scope;
  /** Every node of every scope, by id. */
  nodes: Map<string, FlowNode>;
  flows: Map<string, SequenceFlow>;
}

const SEQUENCE_FLOW = 'bpmn:SequenceFlow';
/** Flow elements that are not flow nodes: drawn artefacts and data, no part of the token flow. */
const NON_NODES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** Builds the graph of one process element (recursing into sub-processes). */
export function buildProcessGraph(process: ModdleElement): ProcessGraph {
  const graph: ProcessGraph = { root: undefined as unknown as Scope, nodes: new Map(), flows: new Map() };
  graph.root = buildScope(process, undefined, graph);
  wire(graph);
  return graph;
}

function buildScope(element: ModdleElement, parent: Scope | undefined, graph: ProcessGraph): Scope {
  const scope: Scope = { element, id: element.id ?? '', nodes: [], flows: [], parent };
  for (const child of manyProperty(element, 'flowElements')) {
    if (child.$type === SEQUENCE_FLOW) {
      const flow: SequenceFlow = {
        element: child,
        id: child.id ?? '',
        name: child.name,
        scope,
        condition: conditionText(child),
        isDefault: false,
      };
      scope.flows.push(flow);
      graph.flows.set(flow.id, flow);
      continue;
    }
    if (NON_NODES.has(child.$type)) continue;
    const node: FlowNode = {
      element: child,
      id: child.id ?? '',
      type: child.$type,
      name: child.name,
      scope,
      incoming: [],
      outgoing: [],
      boundaryEvents: [],
    };
    scope.nodes.push(node);
    graph.nodes.set(node.id, node);
    if (child.$type === 'bpmn:SubProcess' || child.$type === 'bpmn:Transaction' || child.$type === 'bpmn:AdHocSubProcess') {
      node.inner = buildScope(child, scope, graph);
    }
  }
  return scope;
}

function wire(graph: ProcessGraph): void {
  for (const flow of graph.flows.values()) {
    flow.source = nodeOf(graph, referenceProperty(flow.element, 'sourceRef'));
    flow.target = nodeOf(graph, referenceProperty(flow.element, 'targetRef'));
    flow.source?.outgoing.push(flow);
    flow.target?.incoming.push(flow);
  }
  for (const node of graph.nodes.values()) {
    const defaultFlow = referenceProperty(node.element, 'default');
    if (defaultFlow?.id) {
      const flow = graph.flows.get(defaultFlow.id);
      if (flow && flow.source === node) flow.isDefault = true;
    }
    if (node.type === 'bpmn:BoundaryEvent') {
      node.attachedTo = nodeOf(graph, referenceProperty(node.element, 'attachedToRef'));
      node.attachedTo?.boundaryEvents.push(node);
    }
  }
}

function nodeOf(graph: ProcessGraph, element: ModdleElement | undefined): FlowNode | undefined {
  return element?.id ? graph.nodes.get(element.id) : undefined;
}

function conditionText(flow: ModdleElement): string | undefined {
  const expression = referenceProperty(flow, 'conditionExpression');
  if (!expression) return undefined;
  return stringProperty(expression, 'body') ?? '';
}

/** The event definitions of an event node (empty for a plain start, end or throw event). */
export function eventDefinitions(node: FlowNode): ModdleElement[] {
  return manyProperty(node.element, 'eventDefinitions');
}

/** Every node of the graph, outer scopes first. */
export function allNodes(graph: ProcessGraph): FlowNode[] {
  return [...graph.nodes.values()];
}

/** True when the node can be reached again from itself along sequence flows (its boundary events included). */
export function onCycle(start: FlowNode): boolean {
  const seen = new Set<FlowNode>();
  const pending = successors(start);
  while (pending.length > 0) {
    const node = pending.pop() as FlowNode;
    if (node === start) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    pending.push(...successors(node));
  }
  return false;
}

/** The nodes a token (or a boundary event) can move to next from this node. */
export function successors(node: FlowNode): FlowNode[] {
  return [...node.outgoing.flatMap((flow) => (flow.target ? [flow.target] : [])), ...node.boundaryEvents];
}

/** A parallel or inclusive gateway with several incoming flows: it waits for its branches. */
export function isJoin(node: FlowNode): boolean {
  return (node.type === 'bpmn:ParallelGateway' || node.type === 'bpmn:InclusiveGateway') && node.incoming.length > 1;
}
