import type { ModdleElement, ParseResult } from '../model/moddle';
import { manyProperty, parseBpmnXml } from '../model/moddle';
import { buildProcessGraph, type ProcessGraph } from '../model/process-graph';
import { BPMN_MAX_BYTES, guardXml } from '../model/xml-guard';
import { checkSupportedElements } from './element-rules';
import { FindingList, label } from './findings';
import { checkFlows } from './flow-rules';
import { checkConditions, checkGateways, checkJoins } from './gateway-rules';
import { checkScripts } from './script-rules';
import { checkTasks } from './task-rules';
import { checkTimers } from './timer-rules';

/** Everything the rules learnt about one document; a definition is built from it when it is clean. */
export interface Analysis {
  findings: FindingList;
  parsed?: ParseResult;
  process?: ModdleElement;
  graph?: ProcessGraph;
}

export interface AnalyseOptions {
  /** Roles that exist on the platform; when absent, role names are not checked (compiling a stored version). */
  knownRoles?: readonly string[];
  maxBytes?: number;
}

/** Runs every validation rule on a BPMN document. Never throws for bad input. */
export async function analyse(xml: unknown, options: AnalyseOptions = {}): Promise<Analysis> {
  const findings = new FindingList();
  if (!guardXml(xml, findings, options.maxBytes ?? BPMN_MAX_BYTES)) return { findings };
  let parsed: ParseResult;
  try {
    parsed = await parseBpmnXml(xml);
  } catch (error) {
    findings.add('BPMN_MALFORMED', `Tệp không phải XML BPMN 2.0 hợp lệ: ${firstLine(error)}`);
    return { findings };
  }
  reportWarnings(parsed, findings);
  checkScripts(parsed.rootElement, findings);
  const process = selectProcess(parsed.rootElement, findings);
  if (!process) return { findings, parsed };
  const graph = buildProcessGraph(process);
  checkSupportedElements(graph, findings);
  checkFlows(graph, findings);
  checkTasks(graph, options.knownRoles, processIds(parsed.rootElement), findings);
  checkGateways(graph, findings);
  checkJoins(graph, findings);
  checkConditions(graph, findings);
  checkTimers(graph, findings);
  return { findings, parsed, process, graph };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).filter(Boolean).join('; ');
}

function reportWarnings(parsed: ParseResult, findings: FindingList): void {
  for (const warning of parsed.warnings) {
    const detail = firstLine(warning.error ?? warning.message);
    // A duplicate id has no element of its own yet; the id is in the message.
    const elementId = warning.element?.id ?? /duplicate ID <([^>]+)>/.exec(detail)?.[1];
    if (/unknown type/.test(detail)) {
      findings.add('BPMN_UNKNOWN_ELEMENT', `Phần tử không thuộc BPMN 2.0 hoặc chưa được hỗ trợ: ${detail}`, elementId);
    } else if (/duplicate ID/.test(detail)) {
      findings.add('BPMN_DUPLICATE_ID', `Mã phần tử bị trùng: ${detail}`, elementId);
    } else if (/unresolved reference/.test(detail)) {
      findings.add('BPMN_UNRESOLVED_REFERENCE', `Tham chiếu tới phần tử không tồn tại: ${detail}`, elementId);
    } else {
      findings.add('BPMN_PARSE_WARNING', `Nội dung không đọc được: ${detail}`, elementId);
    }
  }
}

function processes(definitions: ModdleElement): ModdleElement[] {
  return manyProperty(definitions, 'rootElements').filter((element) => element.$type === 'bpmn:Process');
}

function processIds(definitions: ModdleElement): Set<string> {
  return new Set(processes(definitions).map((process) => process.id ?? ''));
}

/**
 * The process the platform runs: the one marked executable, or the only one. bpmn.io writes
 * `isExecutable="false"` by default, and such a diagram must deploy unchanged (REQUIREMENTS B2).
 */
export function selectProcess(definitions: ModdleElement, findings: FindingList): ModdleElement | undefined {
  const all = processes(definitions);
  if (all.length === 0) {
    findings.add('NO_PROCESS', 'Tệp BPMN không có quy trình (bpmn:process) nào.');
    return undefined;
  }
  const executable = all.filter((process) => process.isExecutable === true);
  if (executable.length === 1) return executable[0];
  if (executable.length === 0 && all.length === 1) return all[0];
  const candidates = executable.length > 1 ? executable : all;
  findings.add(
    'PROCESS_AMBIGUOUS',
    `Tệp có nhiều quy trình (${candidates.map((process) => label(process)).join(', ')}); hãy đánh dấu đúng một quy trình isExecutable.`,
    candidates[1].id,
  );
  return undefined;
}
