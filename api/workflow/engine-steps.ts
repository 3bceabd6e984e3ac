import { randomUUID } from 'node:crypto';
import { completeTask, EngineError, type ProcessDefinition, type SavedState, type StepResult } from '../../engine';

/**
 * The engine step the task route runs. The benchmark (bench/transitions.ts) measures the same
 * HTTP request and transaction twice: with the real engine, and with `replaySteps`, which does
 * no BPMN work at all, so the ratio of the two shows what the engine costs (issue: workflow
 * engine, DESIGN.md decision 3). Production always runs `bpmnSteps`.
 */
export interface EngineSteps {
  completeTask: typeof completeTask;
}

export const bpmnSteps: EngineSteps = { completeTask };

/**
 * Benchmark baseline: closes the task and opens the diagram's other user task, writing a state
 * of the same size, without running the engine. Valid only for two-task loops like bench/loop.bpmn.
 */
export const replaySteps: EngineSteps = {
  async completeTask(definition: ProcessDefinition, savedState: unknown, input): Promise<StepResult> {
    const state = savedState as SavedState;
    const current = state.openTasks.find((task) => task.instanceId === input.taskInstanceId);
    if (!current) throw new EngineError('TASK_NOT_OPEN', 'The task is not open');
    const next = definition.userTasks.find((task) => task.elementId !== current.elementId)!;
    const instanceId = `${next.elementId}_${randomUUID().slice(0, 10)}`;
    const variables = { ...state.variables, ...input.data, action: input.action };
    const nextState: SavedState = {
      ...state, revision: state.revision + 1, token: randomUUID(), openTasks: [{ instanceId, elementId: next.elementId }], variables,
    };
    return {
      state: nextState,
      openedTasks: [{ ...next, instanceId }],
      closedTasks: [{ instanceId: current.instanceId, elementId: current.elementId, cancelled: false, action: input.action }],
      armedTimers: [],
      cancelledTimers: [],
      waiting: [],
      completed: false,
      terminated: false,
      variables,
    };
  },
};
