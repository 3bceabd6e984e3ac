import { eventDefinitions, type FlowNode, type ProcessGraph } from '../model/process-graph';
import { label, type FindingList } from './findings';

/**
 * Which BPMN elements the platform runs, and with which event definitions. Everything else is
 * refused at deployment with UNSUPPORTED_ELEMENT rather than silently passed through: a plain
 * `bpmn:Task` or a service task would otherwise complete instantly and skip a legal step.
 */
const SUPPORTED_EVENTS: Record<string, { allowed: string[]; required: boolean; label: string }> = {
  'bpmn:StartEvent': { allowed: [], required: false, label: 'Sự kiện bắt đầu chỉ được là sự kiện trơn (none)' },
  'bpmn:EndEvent': { allowed: ['bpmn:TerminateEventDefinition'], required: false, label: 'Sự kiện kết thúc chỉ được là trơn hoặc terminate' },
  'bpmn:BoundaryEvent': { allowed: ['bpmn:TimerEventDefinition'], required: true, label: 'Sự kiện biên chỉ hỗ trợ hẹn giờ (timer)' },
  'bpmn:IntermediateCatchEvent': {
    allowed: ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition'],
    required: true,
    label: 'Sự kiện trung gian chỉ hỗ trợ hẹn giờ (timer) hoặc chờ thông điệp (message)',
  },
  'bpmn:IntermediateThrowEvent': { allowed: [], required: false, label: 'Sự kiện phát trung gian chỉ được là sự kiện trơn (mốc)' },
};

const SUPPORTED_ACTIVITIES = new Set([
  'bpmn:UserTask',
  'bpmn:ReceiveTask',
  'bpmn:SubProcess',
  'bpmn:CallActivity',
  'bpmn:ExclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:InclusiveGateway',
]);

/** True when the runtime knows how to run this node. */
export function checkSupportedElements(graph: ProcessGraph, findings: FindingList): void {
  for (const node of graph.nodes.values()) checkNode(node, findings);
}

function checkNode(node: FlowNode, findings: FindingList): void {
  const events = SUPPORTED_EVENTS[node.type];
  if (events) {
    const definitions = eventDefinitions(node);
    const unsupported = definitions.find((definition) => !events.allowed.includes(definition.$type));
    if (unsupported || definitions.length > 1 || (events.required && definitions.length === 0)) {
      const found = definitions.map((definition) => definition.$type).join(', ') || 'không có';
      findings.add('UNSUPPORTED_ELEMENT', `${events.label}; phần tử ${label(node)} có: ${found}.`, node.id);
    }
    return;
  }
  if (node.type === 'bpmn:ScriptTask') return; // reported as SCRIPT_FORBIDDEN
  if (!SUPPORTED_ACTIVITIES.has(node.type)) {
    findings.add('UNSUPPORTED_ELEMENT', `Loại phần tử ${node.type} (${label(node)}) chưa được hỗ trợ trong quy trình nội bộ.`, node.id);
    return;
  }
  if (node.element.loopCharacteristics) {
    findings.add('UNSUPPORTED_ELEMENT', `Phần tử ${label(node)} lặp hoặc đa thể hiện (multi-instance), chưa được hỗ trợ.`, node.id);
  }
  if (node.type === 'bpmn:SubProcess' && node.element.triggeredByEvent) {
    findings.add('UNSUPPORTED_ELEMENT', `Tiến trình con theo sự kiện (event sub-process) ${label(node)} chưa được hỗ trợ.`, node.id);
  }
}
