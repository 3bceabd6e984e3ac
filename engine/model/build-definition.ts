import { createHash } from 'node:crypto';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { RUNTIME_ELEMENTS } from '../runtime/bpmn-overrides';
import type { CompiledRuntime, ElementInfo, EndEventInfo, ProcessDefinition, TimerInfo, UserTaskInfo, WaitStateInfo } from './definition';
import { attachRuntime } from './definition';
import { normaliseFeel } from './feel';
import { manyProperty, referenceProperty, stringProperty, type ModdleElement, type ParseResult } from './moddle';
import { eventDefinitions, isJoin, onCycle, type FlowNode, type ProcessGraph } from './process-graph';
import { readTimer } from './timer-spec';
import { readUserTask } from './task-attributes';
import { isOutcome } from './vocabulary';

/** Builds the compiled definition of a document that passed validation. */
export function buildDefinition(
  xml: string,
  parsed: ParseResult,
  process: ModdleElement,
  graph: ProcessGraph,
  ids: { key?: string; version?: number } = {},
): ProcessDefinition {
  // The raw XML is what gets stored; only the in-memory model marks the chosen process executable.
  for (const candidate of manyProperty(parsed.rootElement, 'rootElements')) {
    if (candidate.$type === 'bpmn:Process') candidate.isExecutable = candidate === process;
  }
  const sourceContext = serializer(parsed as never, TypeResolver(RUNTIME_ELEMENTS as never));
  const nodes = [...graph.nodes.values()];
  const userTasks = nodes.filter((node) => node.type === 'bpmn:UserTask').map(userTaskInfo);
  const timers = nodes.flatMap(timerInfo);
  const waitStates = nodes.flatMap(waitStateInfo);
  const runtime: CompiledRuntime = {
    sourceContext,
    conditions: new Map([...graph.flows.values()].flatMap((flow) => (flow.condition === undefined ? [] : [[flow.id, normaliseFeel(flow.condition)]]))),
    discardFlows: flowsReachingJoins(graph),
    loopFlows: flowsLeavingLoops(graph),
    endEvents: new Map(nodes.filter((node) => node.type === 'bpmn:EndEvent').map((node) => [node.id, endEventInfo(node)])),
    userTasks: new Map(userTasks.map((task) => [task.elementId, task])),
    timers: new Map(timers.map((timer) => [timer.elementId, timer])),
    waitStates: new Map(waitStates.map((wait) => [wait.elementId, wait])),
  };
  const definition: ProcessDefinition = {
    ...(ids.key !== undefined ? { key: ids.key } : {}),
    ...(ids.version !== undefined ? { version: ids.version } : {}),
    processId: process.id ?? '',
    ...(process.name ? { name: process.name } : {}),
    fingerprint: createHash('sha256').update(xml).digest('hex'),
    userTasks,
    timers,
    waitStates,
    elements: elementList(graph),
  };
  return attachRuntime(Object.freeze(definition), runtime);
}

function scopeId(node: FlowNode): string | undefined {
  return node.scope.parent ? node.scope.id : undefined;
}

function userTaskInfo(node: FlowNode): UserTaskInfo {
  const { attributes } = readUserTask(node.element);
  const scope = scopeId(node);
  return {
    elementId: node.id,
    ...(node.name ? { name: node.name } : {}),
    role: attributes.roles[0] ?? '',
    roles: attributes.roles,
    ...(attributes.department ? { department: attributes.department } : {}),
    ...(attributes.agency ? { agency: attributes.agency } : {}),
    ...(attributes.budget ? { budget: attributes.budget } : {}),
    actions: attributes.actions,
    ...(attributes.formView ? { formView: attributes.formView } : {}),
    ...(scope ? { scopeId: scope } : {}),
  };
}

function timerInfo(node: FlowNode): TimerInfo[] {
  const definition = eventDefinitions(node).find((candidate) => candidate.$type === 'bpmn:TimerEventDefinition');
  if (!definition) return [];
  const timer = readTimer(definition);
  if (!('spec' in timer)) return [];
  const boundary = node.type === 'bpmn:BoundaryEvent';
  return [
    {
      elementId: node.id,
      ...(node.name ? { name: node.name } : {}),
      kind: boundary ? 'boundary' : 'intermediate',
      ...(boundary && node.attachedTo ? { attachedTo: node.attachedTo.id } : {}),
      interrupting: boundary && node.element.cancelActivity !== false,
      timer: timer.spec,
    },
  ];
}

function waitStateInfo(node: FlowNode): WaitStateInfo[] {
  const named = node.name ? { name: node.name } : {};
  if (node.type === 'bpmn:CallActivity') {
    return [{ elementId: node.id, ...named, kind: 'call', calledElement: stringProperty(node.element, 'calledElement')?.trim() ?? '' }];
  }
  let message: ModdleElement | undefined;
  let kind: WaitStateInfo['kind'];
  if (node.type === 'bpmn:ReceiveTask') {
    kind = 'receive';
    message = referenceProperty(node.element, 'messageRef');
  } else {
    const definition = eventDefinitions(node).find((candidate) => candidate.$type === 'bpmn:MessageEventDefinition');
    if (node.type !== 'bpmn:IntermediateCatchEvent' || !definition) return [];
    kind = 'message';
    message = referenceProperty(definition, 'messageRef');
  }
  const messageName = message?.name ?? message?.id;
  return [{ elementId: node.id, ...named, kind, ...(messageName ? { messageName } : {}) }];
}

function endEventInfo(node: FlowNode): EndEventInfo {
  const outcome = stringProperty(node.element, 'outcome')?.trim();
  return {
    ...(outcome && isOutcome(outcome) ? { outcome } : {}),
    terminates: eventDefinitions(node).some((definition) => definition.$type === 'bpmn:TerminateEventDefinition'),
    topLevel: !node.scope.parent,
  };
}

/**
 * The flows whose discard a joining gateway may be waiting for: those whose target can reach a
 * parallel or inclusive gateway with several incoming flows. Walks backwards from each such join;
 * a boundary event is discarded together with its activity, so it leads back to that activity.
 */
function flowsReachingJoins(graph: ProcessGraph): Set<string> {
  const reaching = new Set<FlowNode>();
  const pending = [...graph.nodes.values()].filter(isJoin);
  while (pending.length > 0) {
    const node = pending.pop() as FlowNode;
    if (reaching.has(node)) continue;
    reaching.add(node);
    for (const flow of node.incoming) if (flow.source) pending.push(flow.source);
    if (node.attachedTo) pending.push(node.attachedTo);
  }
  return new Set([...graph.flows.values()].filter((flow) => flow.target && reaching.has(flow.target)).map((flow) => flow.id));
}

/** Flows whose source lies on a cycle of its scope: the source can be reached again from itself. */
function flowsLeavingLoops(graph: ProcessGraph): Set<string> {
  return new Set([...graph.flows.values()].filter((flow) => flow.source && !flow.source.attachedTo && onCycle(flow.source)).map((flow) => flow.id));
}

function elementList(graph: ProcessGraph): ElementInfo[] {
  const nodes: ElementInfo[] = [...graph.nodes.values()].map((node) => ({
    id: node.id,
    type: node.type,
    ...(node.name ? { name: node.name } : {}),
    parentId: node.scope.id,
    ...(node.attachedTo ? { attachedTo: node.attachedTo.id } : {}),
  }));
  const flows: ElementInfo[] = [...graph.flows.values()].map((flow) => ({
    id: flow.id,
    type: 'bpmn:SequenceFlow',
    ...(flow.name ? { name: flow.name } : {}),
    parentId: flow.scope.id,
    ...(flow.source ? { sourceId: flow.source.id } : {}),
    ...(flow.target ? { targetId: flow.target.id } : {}),
  }));
  return [...nodes, ...flows];
}
