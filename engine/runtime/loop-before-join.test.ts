import { join } from 'node:path';
import { at, complete, loadDefinition, opened, openNow } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { HotEngineCache } from './hot-engines';
import { completeTask, start } from './steps';
import { stored, openTask } from '../fixtures/kit';

/**
 * A draft that may be returned (a loop) on one branch of a parallel block. Returning it is not a
 * final "this branch will not come": the join must keep waiting until the draft is approved.
 */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'loop-before-join.bpmn'));
});

describe('a loop before a join', () => {
  it('waits for the looping branch to really arrive, recovering at every step', async () => {
    const started = await start(definition, { now: at('08:00') });
    const drafted = await complete(definition, started, 'draft', 'submit');
    // when the head returns the draft once, and the fee is paid meanwhile
    const returned = await complete(definition, drafted, 'check', 'return');
    expect(opened(returned)).toEqual(['draft']);
    const paid = await complete(definition, returned, 'fee');
    // then the leader does not get it yet
    expect(paid.openedTasks).toEqual([]);
    // until the draft comes back and is approved
    const redrafted = await complete(definition, paid, 'draft', 'submit');
    const approved = await complete(definition, redrafted, 'check', 'approve');
    expect(opened(approved)).toEqual(['sign']);
    expect(openNow(approved)).toEqual(['sign']);
    const signed = await complete(definition, approved, 'sign', 'approve');
    expect(signed.completed).toBe(true);
  });

  it('behaves the same on a hot engine', async () => {
    const hot = { cache: new HotEngineCache(), key: 'loop' };
    let step = await start(definition, { now: at('08:00'), hot });
    for (const [element, action] of [['draft', 'submit'], ['check', 'return'], ['fee', 'complete'], ['draft', 'submit']]) {
      step = await completeTask(definition, stored(step), { taskInstanceId: openTask(step, element), action, now: at('09:00'), hot });
      expect(step.openedTasks.map((task) => task.elementId)).not.toContain('sign');
    }
    step = await completeTask(definition, stored(step), { taskInstanceId: openTask(step, 'check'), action: 'approve', now: at('10:00'), hot });
    expect(opened(step)).toEqual(['sign']);
  });
});
