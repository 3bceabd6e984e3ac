import { join } from 'node:path';
import { at, loadDefinition, openTask, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { HotEngineCache } from './hot-engines';
import { EngineSession } from './session';
import type { StepResult } from './step-result';
import { completeTask, start } from './steps';

/**
 * The hot-engine cache: the next step on a dossier reuses its live engine instead of recovering
 * it, but only when the saved state passed in is exactly the one that engine produced.
 */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'parallel-gateway.bpmn'));
});
afterEach(() => jest.restoreAllMocks());

const summary = (step: StepResult) => ({
  opened: step.openedTasks.map((task) => task.elementId).sort(),
  closed: step.closedTasks.map((task) => [task.elementId, task.cancelled]),
  open: step.state.openTasks.map((task) => task.elementId).sort(),
  completed: step.completed,
  variables: step.variables,
});

async function run(hot?: { cache: HotEngineCache; key: string }) {
  const steps: StepResult[] = [await start(definition, { now: at('08:00'), variables: { dossier: 'A-1' }, hot })];
  for (const [element, action] of [['legal_check', 'submit'], ['site_visit', 'submit'], ['approve', 'approve']]) {
    const previous = steps[steps.length - 1];
    steps.push(await completeTask(definition, stored(previous), { taskInstanceId: openTask(previous, element), action, now: at('09:00'), hot }));
  }
  return steps;
}

describe('hot engines', () => {
  it('gives the same results as recovering every time, without recovering', async () => {
    const recover = jest.spyOn(EngineSession, 'recover');
    const cold = await run();
    expect(recover).toHaveBeenCalledTimes(3);
    recover.mockClear();
    const cache = new HotEngineCache({ max: 4 });
    const hot = await run({ cache, key: 'dossier-1' });
    expect(recover).not.toHaveBeenCalled();
    expect(hot.map(summary)).toEqual(cold.map(summary));
    // a finished process leaves nothing behind in the cache
    expect(cache.size).toBe(0);
  });

  it('recovers when the state passed in is not the one the engine produced (a rolled-back step)', async () => {
    const cache = new HotEngineCache();
    const hot = { cache, key: 'dossier-2' };
    const started = await start(definition, { now: at('08:00'), hot });
    // the first attempt ran on the live engine, but its transaction rolled back
    const lost = await completeTask(definition, stored(started), { taskInstanceId: openTask(started, 'legal_check'), action: 'refuse', now: at('09:00'), hot });
    expect(lost.openedTasks.map((task) => task.elementId)).toEqual(['note_refusal']);
    // so the retry passes the state from before it, which the cached engine no longer embodies
    const recover = jest.spyOn(EngineSession, 'recover');
    const retried = await completeTask(definition, stored(started), { taskInstanceId: openTask(started, 'legal_check'), action: 'submit', now: at('09:05'), hot });
    expect(recover).toHaveBeenCalledTimes(1);
    expect(retried.openedTasks).toEqual([]);
    expect(retried.state.openTasks.map((task) => task.elementId)).toEqual(['site_visit']);
  });

  it('never lets a later hot step change a state already handed out', async () => {
    const cache = new HotEngineCache();
    const hot = { cache, key: 'dossier-3' };
    const started = await start(definition, { now: at('08:00'), hot });
    const snapshot = JSON.stringify(started.state);
    await completeTask(definition, stored(started), { taskInstanceId: openTask(started, 'legal_check'), action: 'submit', now: at('09:00'), hot });
    expect(JSON.stringify(started.state)).toBe(snapshot);
  });

  it('takes an engine out while a step runs, so two concurrent steps never share it', async () => {
    const cache = new HotEngineCache();
    const hot = { cache, key: 'dossier-4' };
    const started = await start(definition, { now: at('08:00'), hot });
    const input = (element: string) => ({ taskInstanceId: openTask(started, element), action: 'submit', now: at('09:00'), hot });
    const [a, b] = await Promise.all([
      completeTask(definition, stored(started), input('legal_check')),
      completeTask(definition, stored(started), input('site_visit')),
    ]);
    // each saw only its own completion: the version check of the caller's transaction decides the winner
    expect(a.state.openTasks.map((task) => task.elementId)).toEqual(['site_visit']);
    expect(b.state.openTasks.map((task) => task.elementId)).toEqual(['legal_check']);
  });

  it('is bounded: the least recently used engine is dropped', async () => {
    const cache = new HotEngineCache({ max: 2 });
    for (const key of ['a', 'b', 'c']) await start(definition, { now: at('08:00'), hot: { cache, key } });
    expect(cache.size).toBe(2);
  });
});
