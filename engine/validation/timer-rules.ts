import { eventDefinitions, type ProcessGraph } from '../model/process-graph';
import { readTimer } from '../model/timer-spec';
import { label, type FindingList } from './findings';

/** Timer values must be valid ISO 8601 durations, dates or cycles. */
export function checkTimers(graph: ProcessGraph, findings: FindingList): void {
  for (const node of graph.nodes.values()) {
    for (const definition of eventDefinitions(node)) {
      if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
      const timer = readTimer(definition);
      if ('problem' in timer && !/[$#]\{/.test(timer.problem)) {
        findings.add('INVALID_TIMER', `Hẹn giờ của ${label(node)}: ${timer.problem}.`, node.id);
      }
    }
  }
}
