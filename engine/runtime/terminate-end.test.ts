import { join } from 'node:path';
import { at, complete, loadDefinition } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { start } from './steps';

/** A terminate end event stops the whole process: every open task and timer goes with it. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'terminate-end.bpmn'));
});

describe('terminate end event', () => {
  it('cancels the parallel task and the pending timer, and records the outcome', async () => {
    // given two tasks in parallel, one with a deadline timer
    const started = await start(definition, { now: at('08:00') });
    expect(started.state.openTasks).toHaveLength(2);
    expect(started.armedTimers).toHaveLength(1);
    // when the check refuses the dossier
    const refused = await complete(definition, started, 'check', 'refuse');
    // then the process is terminated, the other task cancelled and the timer withdrawn
    expect(refused).toMatchObject({ completed: true, terminated: true, outcome: 'refused' });
    expect(refused.closedTasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ elementId: 'check', cancelled: false, action: 'refuse' }),
        expect.objectContaining({ elementId: 'prepare', cancelled: true }),
      ]),
    );
    expect(refused.cancelledTimers).toEqual([started.armedTimers[0].timerId]);
    expect(refused.state).toMatchObject({ status: 'terminated', openTasks: [], timers: [], engine: null });
  });

  it('ends normally when both branches finish', async () => {
    const started = await start(definition, { now: at('08:00') });
    const checked = await complete(definition, started, 'check', 'submit');
    expect(checked.completed).toBe(false);
    const prepared = await complete(definition, checked, 'prepare');
    expect(prepared).toMatchObject({ completed: true, terminated: false });
    expect(prepared.outcome).toBeUndefined();
  });
});
