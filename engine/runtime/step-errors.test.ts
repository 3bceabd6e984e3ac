import { join } from 'node:path';
import { at, complete, loadDefinition, openTask, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { EngineError } from './errors';
import { completeTask, deliverMessage, fireTimer, start } from './steps';

/** Requests that cannot apply to the dossier as it stands fail with a typed, coded error. */
let definition: ProcessDefinition;
let other: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'boundary-timer.bpmn'));
  other = await loadDefinition(join(__dirname, 'timer-cycle.bpmn'));
});

describe('step errors', () => {
  it('refuses an action the task does not offer (422), leaving the state untouched', async () => {
    const started = await start(definition, { now: at('08:00') });
    const attempt = completeTask(definition, stored(started), { taskInstanceId: openTask(started, 'review'), action: 'approve', now: at('09:00') });
    await expect(attempt).rejects.toBeInstanceOf(EngineError);
    await expect(attempt).rejects.toMatchObject({ code: 'ACTION_NOT_OFFERED', status: 422, details: { offered: ['submit'] } });
  });

  it('refuses to complete a task twice, or one that never existed (409)', async () => {
    const started = await start(definition, { now: at('08:00') });
    const taskInstanceId = openTask(started, 'review');
    // the reminder keeps the process running after the review is done
    const remind = started.armedTimers.find((timer) => timer.elementId === 'remind')?.timerId ?? '';
    const reminded = await fireTimer(definition, stored(started), { timerId: remind, now: at('12:00') });
    const first = await complete(definition, reminded, 'review', 'submit');
    expect(first.completed).toBe(false);
    // a second officer clicks "submit" again on the review the first one already completed
    await expect(completeTask(definition, stored(first), { taskInstanceId, action: 'submit', now: at('13:00') })).rejects.toMatchObject({
      code: 'TASK_NOT_OPEN',
      status: 409,
    });
    await expect(completeTask(definition, stored(started), { taskInstanceId: 'review_nope', action: 'submit', now: at('13:00') })).rejects.toMatchObject({
      code: 'TASK_NOT_OPEN',
    });
  });

  it('refuses a timer that is not armed (a stale or duplicated job)', async () => {
    const started = await start(definition, { now: at('08:00') });
    const [timer] = started.armedTimers;
    const fired = await fireTimer(definition, stored(started), { timerId: timer.timerId, now: at('12:00') });
    await expect(fireTimer(definition, stored(fired), { timerId: timer.timerId, now: at('12:00') })).rejects.toMatchObject({ code: 'TIMER_NOT_ARMED', status: 409 });
  });

  it('refuses any step on a process that has ended', async () => {
    const started = await start(definition, { now: at('08:00') });
    const done = await complete(definition, started, 'review', 'submit');
    await expect(deliverMessage(definition, stored(done), { elementId: 'review', now: at('09:00') })).rejects.toMatchObject({ code: 'PROCESS_ENDED' });
  });

  it('refuses a state of another diagram, an unknown format and a missing clock', async () => {
    const started = await start(definition, { now: at('08:00') });
    const input = { taskInstanceId: openTask(started, 'review'), action: 'submit', now: at('09:00') };
    await expect(completeTask(other, stored(started), input)).rejects.toMatchObject({ code: 'STATE_DEFINITION_MISMATCH' });
    await expect(completeTask(definition, { ...stored(started), format: 2 }, input)).rejects.toMatchObject({ code: 'STATE_FORMAT_UNSUPPORTED' });
    await expect(completeTask(definition, null, input)).rejects.toMatchObject({ code: 'STATE_FORMAT_UNSUPPORTED' });
    await expect(completeTask(definition, stored(started), { ...input, now: new Date('garbage') })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(completeTask(definition, stored(started), { ...input, data: [] as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(start({ ...definition }, { now: at('08:00') })).rejects.toMatchObject({ code: 'DEFINITION_NOT_COMPILED' });
  });
});
