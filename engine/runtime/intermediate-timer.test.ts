import { join } from 'node:path';
import { at, complete, loadDefinition, opened, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { fireTimer, start } from './steps';

/** Intermediate timer catch events: a waiting period and a fixed date. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'intermediate-timer.bpmn'));
});

describe('intermediate timers', () => {
  it('waits out a duration, then a fixed date, then opens the next task', async () => {
    // given a notice posted on Monday 2 March at 10:00
    const started = await start(definition, { now: at('08:00') });
    const posted = await complete(definition, started, 'post_notice', 'complete', {}, at('10:00'));
    // then the posting period runs fifteen calendar days from that moment
    expect(posted.openedTasks).toEqual([]);
    expect(posted.armedTimers).toEqual([
      expect.objectContaining({ elementId: 'posting_period', dueAt: '2026-03-17T03:00:00.000Z', kind: 'intermediate', interrupting: false }),
    ]);

    // when it elapses, the process waits for the council's fixed date
    const elapsed = await fireTimer(definition, stored(posted), { timerId: posted.armedTimers[0].timerId, now: at('10:00', '2026-03-17') });
    expect(elapsed.armedTimers).toEqual([expect.objectContaining({ elementId: 'fixed_date', dueAt: '2026-04-01T01:00:00.000Z' })]);

    // and when that date comes, the leader concludes
    const met = await fireTimer(definition, stored(elapsed), { timerId: elapsed.armedTimers[0].timerId, now: at('08:00', '2026-04-01') });
    expect(opened(met)).toEqual(['conclude']);
    expect(met.state.timers).toEqual([]);
  });

  it('never fires a timer by itself, even when its due time has long passed', async () => {
    const started = await start(definition, { now: at('08:00') });
    const posted = await complete(definition, started, 'post_notice', 'complete', {}, at('10:00'));
    // when an unrelated step recovers the state a year later, the overdue timer is still only armed
    const later = await fireTimer(definition, stored(posted), { timerId: posted.armedTimers[0].timerId, now: at('10:00', '2027-03-17') });
    // then only the fired timer moved on; the fixed date (now in the past) waits for its own job
    expect(later.openedTasks).toEqual([]);
    expect(later.armedTimers).toEqual([expect.objectContaining({ elementId: 'fixed_date', dueAt: '2026-04-01T01:00:00.000Z' })]);
  });
});
