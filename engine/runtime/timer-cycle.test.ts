import { join } from 'node:path';
import { at, complete, loadDefinition, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { fireTimer, start } from './steps';

/** A repeating non-interrupting boundary timer (R3/PT1H): each firing arms the next one. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'timer-cycle.bpmn'));
});

describe('timer cycles', () => {
  it('fires three times, each due an hour after the previous firing, then stops', async () => {
    // given a review opened at 08:00
    let step = await start(definition, { now: at('08:00') });
    const dueTimes: string[] = [];
    const ids = new Set<string>();
    // when each armed timer is fired at its due time
    while (step.state.timers.length > 0) {
      const [timer] = step.state.timers;
      dueTimes.push(timer.dueAt);
      ids.add(timer.timerId);
      step = await fireTimer(definition, stored(step), { timerId: timer.timerId, now: new Date(timer.dueAt) });
      expect(step.state.openTasks.map((task) => task.elementId)).toEqual(['review']);
    }
    // then it fired at 09:00, 10:00 and 11:00 with a distinct job id each time
    expect(dueTimes).toEqual(['2026-03-02T02:00:00.000Z', '2026-03-02T03:00:00.000Z', '2026-03-02T04:00:00.000Z']);
    expect(ids.size).toBe(3);
    // and the review can still be completed
    const done = await complete(definition, step, 'review');
    expect(done.completed).toBe(true);
  });
});
