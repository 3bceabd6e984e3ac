import { join } from 'node:path';
import { at, complete, loadDefinition, opened, openNow, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { fireTimer, start } from './steps';

/** Boundary timers on a user task: a reminder that leaves it open, a deadline that takes it away. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'boundary-timer.bpmn'));
});

const timerOf = (step: Awaited<ReturnType<typeof start>>, elementId: string) => {
  const timer = step.armedTimers.find((armed) => armed.elementId === elementId);
  if (!timer) throw new Error(`no timer ${elementId}`);
  return timer;
};

describe('boundary timers', () => {
  it('arms both timers with due times computed from the step clock, not the machine clock', async () => {
    // given a review started on Monday 08:00 (Hanoi)
    const started = await start(definition, { now: at('08:00') });
    // then the reminder is due at 12:00 and the deadline two calendar days later
    expect(timerOf(started, 'remind')).toMatchObject({ dueAt: '2026-03-02T05:00:00.000Z', interrupting: false, kind: 'boundary', attachedTo: 'review' });
    expect(timerOf(started, 'expire')).toMatchObject({ dueAt: '2026-03-04T01:00:00.000Z', interrupting: true });
    expect(new Set(started.armedTimers.map((timer) => timer.timerId)).size).toBe(2);
    expect(started.state.timers).toHaveLength(2);
  });

  it('fires a non-interrupting timer: the task stays open and a follow-up task opens', async () => {
    const started = await start(definition, { now: at('08:00') });
    // when the reminder falls due
    const reminded = await fireTimer(definition, stored(started), { timerId: timerOf(started, 'remind').timerId, now: at('12:00') });
    // then the head is asked to chase the specialist, whose review remains open
    expect(opened(reminded)).toEqual(['remind_head']);
    expect(reminded.closedTasks).toEqual([]);
    expect(openNow(reminded)).toEqual(['remind_head', 'review']);
    expect(reminded.cancelledTimers).toEqual([]);
    expect(reminded.armedTimers).toEqual([]);
    expect(reminded.state.timers.map((timer) => timer.elementId)).toEqual(['expire']);
  });

  it('fires an interrupting timer: the task is cancelled and the other boundary timer with it', async () => {
    const started = await start(definition, { now: at('08:00') });
    const remind = timerOf(started, 'remind').timerId;
    // when the deadline passes before anyone acted
    const expired = await fireTimer(definition, stored(started), { timerId: timerOf(started, 'expire').timerId, now: at('08:00', '2026-03-04') });
    // then the review is cancelled, the leader gets the dossier, and the reminder is withdrawn
    expect(expired.closedTasks).toEqual([expect.objectContaining({ elementId: 'review', cancelled: true })]);
    expect(opened(expired)).toEqual(['escalate']);
    expect(expired.cancelledTimers).toEqual([remind]);
    expect(expired.state.timers).toEqual([]);
  });

  it('cancels both timers when the task is completed in time, and a stale timer job is refused', async () => {
    const started = await start(definition, { now: at('08:00') });
    const done = await complete(definition, started, 'review', 'submit');
    expect(done.completed).toBe(true);
    expect(done.cancelledTimers.sort()).toEqual(started.armedTimers.map((timer) => timer.timerId).sort());
    await expect(fireTimer(definition, stored(done), { timerId: timerOf(started, 'expire').timerId, now: at('09:00') })).rejects.toMatchObject({
      code: 'PROCESS_ENDED',
    });
  });

  it('keeps the same timer ids when the state is recovered in another step', async () => {
    const started = await start(definition, { now: at('08:00') });
    const reminded = await fireTimer(definition, stored(started), { timerId: timerOf(started, 'remind').timerId, now: at('12:00') });
    // when the deadline fires from the state saved after the reminder
    const expired = await fireTimer(definition, stored(reminded), { timerId: timerOf(started, 'expire').timerId, now: at('08:00', '2026-03-04') });
    expect(opened(expired)).toEqual(['escalate']);
    expect(openNow(expired)).toEqual(['escalate', 'remind_head']);
  });
});
