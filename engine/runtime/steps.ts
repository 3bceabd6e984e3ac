import { runtimeOf, type CompiledRuntime, type ProcessDefinition } from '../model/definition';
import { EngineError } from './errors';
import type { HotEngineOption } from './hot-engines';
import { readSavedState, requireRunning, type SavedState } from './saved-state';
import { EngineSession } from './session';
import { collectStep, type StepFacts, type StepResult } from './step-result';

/**
 * The four steps of a process instance. Each is a function of (definition, saved state, input):
 * it never touches the database and never reads the machine clock; `now` is the caller's. The
 * caller persists the returned state, tasks and timers in one transaction (DESIGN decision 1).
 */

export interface StartInput {
  variables?: Record<string, unknown>;
  now: Date;
  hot?: HotEngineOption;
}

export interface CompleteTaskInput {
  /** The `instanceId` of an opened task. */
  taskInstanceId: string;
  /** One of the task's actions; becomes the process variable `action`. */
  action: string;
  /** Submitted data, merged into the process variables. */
  data?: Record<string, unknown>;
  /** Who completed it; kept with the task's engine output, not in the variables. */
  actor?: string;
  now: Date;
  hot?: HotEngineOption;
}

export interface FireTimerInput {
  timerId: string;
  now: Date;
  hot?: HotEngineOption;
}

/** Resumes a waiting message event, receive task or call activity, named by message or element. */
export type DeliverMessageInput = ({ messageName: string; elementId?: undefined } | { elementId: string; messageName?: undefined }) & {
  data?: Record<string, unknown>;
  now: Date;
  hot?: HotEngineOption;
};

/** Starts a new instance (tiếp nhận hồ sơ: the dossier enters its internal flow). */
export async function start(definition: ProcessDefinition, input: StartInput): Promise<StepResult> {
  const runtime = requireRuntime(definition);
  const now = requireNow(input.now);
  const variables = plainData(input.variables, 'variables');
  const session = await EngineSession.start(definition, runtime, now, variables);
  return finish(session, runtime, undefined, {}, input.hot);
}

/** Completes an open user task with one of its actions (hoàn thành bước xử lý). */
export async function completeTask(definition: ProcessDefinition, savedState: unknown, input: CompleteTaskInput): Promise<StepResult> {
  const runtime = requireRuntime(definition);
  const state = readRunning(savedState, definition);
  const now = requireNow(input.now);
  const data = plainData(input.data, 'data');
  const task = state.openTasks.find((open) => open.instanceId === input.taskInstanceId);
  if (!task) throw new EngineError('TASK_NOT_OPEN', `Task ${input.taskInstanceId} is not open.`);
  const offered = runtime.userTasks.get(task.elementId)?.actions ?? [];
  if (!(offered as string[]).includes(input.action)) {
    throw new EngineError('ACTION_NOT_OFFERED', `Task ${task.elementId} offers ${offered.join(', ')}, not ${input.action}.`, { offered });
  }
  const session = await sessionFor(definition, runtime, state, now, input.hot);
  session.context.variables = { ...state.variables, ...data, action: input.action };
  const api = session.waiting().find((waiting) => waiting.executionId === task.instanceId);
  if (!api) throw new EngineError('TASK_NOT_OPEN', `Task ${input.taskInstanceId} is not waiting in the engine.`);
  api.signal({ action: input.action, ...(input.actor ? { actor: input.actor } : {}) });
  return finish(session, runtime, state, { completedTask: { instanceId: task.instanceId, action: input.action } }, input.hot);
}

/** Fires an armed timer whose job fell due (called by the timer worker with its own `now`). */
export async function fireTimer(definition: ProcessDefinition, savedState: unknown, input: FireTimerInput): Promise<StepResult> {
  const runtime = requireRuntime(definition);
  const state = readRunning(savedState, definition);
  const now = requireNow(input.now);
  if (!state.timers.some((timer) => timer.timerId === input.timerId)) {
    throw new EngineError('TIMER_NOT_ARMED', `Timer ${input.timerId} is not armed.`);
  }
  const session = await sessionFor(definition, runtime, state, now, input.hot);
  session.context.variables = { ...state.variables };
  if (!session.timers.fire(input.timerId)) throw new EngineError('TIMER_NOT_ARMED', `Timer ${input.timerId} is not armed in the engine.`);
  return finish(session, runtime, state, { firedTimerId: input.timerId }, input.hot);
}

/**
 * Delivers an external answer (văn bản trả lời, kết quả liên thông). By `messageName`, every step
 * waiting for that message resumes; by `elementId`, every waiting instance of that element.
 */
export async function deliverMessage(definition: ProcessDefinition, savedState: unknown, input: DeliverMessageInput): Promise<StepResult> {
  const runtime = requireRuntime(definition);
  const state = readRunning(savedState, definition);
  const now = requireNow(input.now);
  const data = plainData(input.data, 'data');
  const matches = (elementId: string) =>
    input.elementId !== undefined ? elementId === input.elementId : runtime.waitStates.get(elementId)?.messageName === input.messageName;
  const targets = state.waits.filter((wait) => matches(wait.elementId));
  if (targets.length === 0) {
    throw new EngineError('NO_WAITING_RECEIVER', `Nothing waits for ${input.elementId ?? input.messageName}.`);
  }
  const session = await sessionFor(definition, runtime, state, now, input.hot);
  session.context.variables = { ...state.variables, ...data };
  const ids = new Set(targets.map((target) => target.instanceId));
  for (const api of session.waiting().filter((waiting) => ids.has(waiting.executionId))) api.signal({ ...data });
  return finish(session, runtime, state, {}, input.hot);
}

async function sessionFor(definition: ProcessDefinition, runtime: CompiledRuntime, state: SavedState, now: Date, hot?: HotEngineOption): Promise<EngineSession> {
  const warm = hot?.cache.take(hot.key, definition.fingerprint, state.revision, state.token);
  if (warm) {
    warm.context.now = now;
    return warm;
  }
  return EngineSession.recover(definition, runtime, state, now);
}

function finish(session: EngineSession, runtime: CompiledRuntime, before: SavedState | undefined, facts: StepFacts, hot?: HotEngineOption): StepResult {
  session.assertHealthy();
  const result = collectStep(session, runtime, before, facts);
  if (hot && !result.completed) hot.cache.put(hot.key, session);
  return result;
}

function requireRuntime(definition: ProcessDefinition): CompiledRuntime {
  const runtime = definition ? runtimeOf(definition) : undefined;
  if (!runtime) throw new EngineError('DEFINITION_NOT_COMPILED', 'The definition was not made by compileDefinition or validateBpmn.');
  return runtime;
}

function readRunning(savedState: unknown, definition: ProcessDefinition): SavedState {
  const state = readSavedState(savedState, definition);
  requireRunning(state);
  return state;
}

function requireNow(now: unknown): Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new EngineError('INVALID_INPUT', '`now` must be a valid Date.');
  return now;
}

function plainData(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new EngineError('INVALID_INPUT', `\`${name}\` must be an object.`);
  return value as Record<string, unknown>;
}
