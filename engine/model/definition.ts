import type { SerializableContext } from 'moddle-context-serializer';
import type { TimerSpec } from './timer-spec';
import type { Budget, Outcome, TaskAction } from './vocabulary';

/**
 * A deployed process version (phiên bản quy trình nội bộ), compiled once and then shared by every
 * dossier that runs on it. Everything here is read-only metadata the API and the UIs may use; the
 * engine's own compiled form is kept out of sight (see {@link runtimeOf}) so that a definition can
 * be logged or summarised without dragging the whole serialized model along.
 */
export interface ProcessDefinition {
  /** The caller's process key and version, when it compiled a stored version. */
  readonly key?: string;
  readonly version?: number;
  /** Id of the executable bpmn:process. */
  readonly processId: string;
  readonly name?: string;
  /** SHA-256 of the XML; saved states remember it so that they never recover against another diagram. */
  readonly fingerprint: string;
  readonly userTasks: readonly UserTaskInfo[];
  readonly timers: readonly TimerInfo[];
  readonly waitStates: readonly WaitStateInfo[];
  /** Every flow node and sequence flow, for highlighting the diagram. */
  readonly elements: readonly ElementInfo[];
}

/** A user task (bước xử lý) as the task table and the inbox need it. */
export interface UserTaskInfo {
  elementId: string;
  name?: string;
  /** The role that holds the task: the first of `camunda:candidateGroups`. */
  role: string;
  /** All candidate groups, for diagrams that list several. */
  roles: string[];
  department?: string;
  /** Another agency's code for an inter-agency step (bước liên thông). */
  agency?: string;
  budget?: Budget;
  actions: TaskAction[];
  formView?: string;
  /** The sub-process that contains the task, when it is not at the top level. */
  scopeId?: string;
}

/** A timer event: a boundary timer on an activity or an intermediate timer catch event. */
export interface TimerInfo {
  elementId: string;
  name?: string;
  kind: 'boundary' | 'intermediate';
  attachedTo?: string;
  /** For a boundary timer: whether firing cancels the activity (cancelActivity). */
  interrupting: boolean;
  timer: TimerSpec;
}

/**
 * A step that waits for the outside world and is resumed by `deliverMessage`: an intermediate
 * message catch event, a receive task, or a call activity (liên thông: another agency's procedure,
 * whose result the caller reports back; see engine/README.md).
 */
export interface WaitStateInfo {
  elementId: string;
  name?: string;
  kind: 'message' | 'receive' | 'call';
  /** The bpmn:message's name (or id when it has no name). */
  messageName?: string;
  calledElement?: string;
}

export interface ElementInfo {
  id: string;
  type: string;
  name?: string;
  /** The process or sub-process the element belongs to. */
  parentId: string;
  attachedTo?: string;
  sourceId?: string;
  targetId?: string;
}

/** An end event's effect on the dossier. */
export interface EndEventInfo {
  outcome?: Outcome;
  terminates: boolean;
  /** True for end events of the process itself, false inside a sub-process. */
  topLevel: boolean;
}

/** What the runtime needs beyond the public metadata. */
export interface CompiledRuntime {
  sourceContext: SerializableContext;
  /** FEEL text of each conditional sequence flow, by flow id. */
  conditions: Map<string, string>;
  /** Flows whose discard must travel on, because a joining gateway waits downstream. */
  discardFlows: Set<string>;
  /**
   * Flows leaving an element that sits on a loop: their source may take them on a later pass, so
   * its choice not to take them now is not final.
   */
  loopFlows: Set<string>;
  endEvents: Map<string, EndEventInfo>;
  userTasks: Map<string, UserTaskInfo>;
  timers: Map<string, TimerInfo>;
  waitStates: Map<string, WaitStateInfo>;
}

const runtimes = new WeakMap<ProcessDefinition, CompiledRuntime>();

export function attachRuntime(definition: ProcessDefinition, runtime: CompiledRuntime): ProcessDefinition {
  runtimes.set(definition, runtime);
  return definition;
}

/** The compiled form of a definition made by compileDefinition or validateBpmn. */
export function runtimeOf(definition: ProcessDefinition): CompiledRuntime | undefined {
  return runtimes.get(definition);
}
