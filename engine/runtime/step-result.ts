import { randomUUID } from 'node:crypto';
import type { CompiledRuntime, UserTaskInfo, WaitStateInfo } from '../model/definition';
import type { Outcome } from '../model/vocabulary';
import type { SavedState, SavedTimer } from './saved-state';
import { STATE_FORMAT } from './saved-state';
import type { EngineSession } from './session';

/**
 * What one step did, for the caller to persist in the dossier's transaction (DESIGN decision 1):
 * the new state, the task rows to open and close, and the timer jobs to add and cancel.
 */
export interface StepResult {
  state: SavedState;
  openedTasks: OpenedTask[];
  closedTasks: ClosedTask[];
  armedTimers: ArmedTimer[];
  /** Ids of timers that were armed before the step and no longer are (not counting a fired one). */
  cancelledTimers: string[];
  /** Steps now waiting for deliverMessage. */
  waiting: WaitingReceiver[];
  /** The process has ended (normally or by a terminate end event). */
  completed: boolean;
  /** The process was ended by a terminate end event of the process itself. */
  terminated: boolean;
  /** The `outcome` variable, once an end event that declares one was reached. */
  outcome?: Outcome;
  variables: Record<string, unknown>;
}

/** A user task that the step opened: one row of the task table. */
export interface OpenedTask extends UserTaskInfo {
  /** The engine's execution id of this task instance; stable until the task closes. */
  instanceId: string;
}

export interface ClosedTask {
  instanceId: string;
  elementId: string;
  /** True when the task was cancelled (interrupting timer, terminate end), not completed. */
  cancelled: boolean;
  /** The action it was completed with. */
  action?: string;
}

export interface ArmedTimer {
  /** Unique per arming; the job key to pass to fireTimer. */
  timerId: string;
  elementId: string;
  /** ISO 8601 instant: `now` of the arming step plus the duration, or the timer's date. */
  dueAt: string;
  kind: 'boundary' | 'intermediate';
  interrupting: boolean;
  attachedTo?: string;
}

export interface WaitingReceiver extends WaitStateInfo {
  instanceId: string;
}

/** What the step itself knows about its effect, beyond what the engine reports. */
export interface StepFacts {
  completedTask?: { instanceId: string; action: string };
  firedTimerId?: string;
}

/** Compares the engine after the step with the state before it and writes the new state. */
export function collectStep(session: EngineSession, runtime: CompiledRuntime, before: SavedState | undefined, facts: StepFacts): StepResult {
  const waiting = session.completed ? [] : session.waiting();
  const tasks = waiting.filter((api) => runtime.userTasks.has(api.id));
  const receivers = waiting.filter((api) => runtime.waitStates.has(api.id));
  const timers: SavedTimer[] = session.completed ? [] : session.timers.list().map(({ timerId, elementId, dueAt }) => ({ timerId, elementId, dueAt }));

  const openBefore = new Map((before?.openTasks ?? []).map((task) => [task.instanceId, task]));
  const openNow = new Set(tasks.map((api) => api.executionId));
  const timersBefore = new Set((before?.timers ?? []).map((timer) => timer.timerId));
  const timersNow = new Set(timers.map((timer) => timer.timerId));

  const openedTasks: OpenedTask[] = tasks
    .filter((api) => !openBefore.has(api.executionId))
    .map((api) => ({ ...(runtime.userTasks.get(api.id) as UserTaskInfo), instanceId: api.executionId }));
  const closedTasks: ClosedTask[] = [...openBefore.values()]
    .filter((task) => !openNow.has(task.instanceId))
    .map((task) => {
      const completed = facts.completedTask?.instanceId === task.instanceId;
      return completed
        ? { instanceId: task.instanceId, elementId: task.elementId, cancelled: false, action: facts.completedTask?.action }
        : { instanceId: task.instanceId, elementId: task.elementId, cancelled: true };
    });
  const armedTimers: ArmedTimer[] = timers.filter((timer) => !timersBefore.has(timer.timerId)).map((timer) => armed(runtime, timer));
  const cancelledTimers = [...timersBefore].filter((id) => !timersNow.has(id) && id !== facts.firedTimerId);

  // JSON round trip: the state handed out is plain data, detached from the live engine.
  const variables = JSON.parse(JSON.stringify(session.context.variables)) as Record<string, unknown>;
  const state: SavedState = {
    format: STATE_FORMAT,
    definition: { processId: session.definition.processId, fingerprint: session.definition.fingerprint },
    revision: session.revision + 1,
    token: randomUUID(),
    status: session.completed ? (session.terminated ? 'terminated' : 'completed') : 'running',
    variables,
    openTasks: tasks.map((api) => ({ instanceId: api.executionId, elementId: api.id })),
    waits: receivers.map((api) => ({ instanceId: api.executionId, elementId: api.id })),
    timers,
    engine: session.completed ? null : (JSON.parse(JSON.stringify(session.snapshot())) as SavedState['engine']),
  };
  session.revision = state.revision;
  session.token = state.token;
  session.context.variables = variables;

  return {
    state,
    openedTasks,
    closedTasks,
    armedTimers,
    cancelledTimers,
    waiting: receivers.map((api) => ({ ...(runtime.waitStates.get(api.id) as WaitStateInfo), instanceId: api.executionId })),
    completed: session.completed,
    terminated: session.terminated,
    ...(typeof variables.outcome === 'string' ? { outcome: variables.outcome as Outcome } : {}),
    variables,
  };
}

function armed(runtime: CompiledRuntime, timer: SavedTimer): ArmedTimer {
  const info = runtime.timers.get(timer.elementId);
  return {
    ...timer,
    kind: info?.kind ?? 'intermediate',
    interrupting: info?.interrupting ?? false,
    ...(info?.attachedTo ? { attachedTo: info.attachedTo } : {}),
  };
}
