import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, complete, loadDefinition, opened, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import type { SavedState } from './saved-state';
import { completeTask, deliverMessage, fireTimer } from './steps';

/**
 * Saved-state format 1 is a public contract (engine/STATE-FORMAT.md). The fixture under
 * engine/fixtures/state-format-1 was written by the engine when format 1 was released and is never
 * regenerated: every later version of the engine must recover it and carry the dossier to the end.
 */
const dir = join(__dirname, '..', 'fixtures', 'state-format-1');
const fixture = () => JSON.parse(readFileSync(join(dir, 'running.json'), 'utf8')) as SavedState;
let definition: ProcessDefinition;

beforeAll(async () => {
  definition = await loadDefinition(join(dir, 'process.bpmn'));
});

describe('saved-state format 1', () => {
  it('has the documented shape and no BPMN source', () => {
    const state = fixture();
    expect(Object.keys(state).sort()).toEqual(['definition', 'engine', 'format', 'openTasks', 'revision', 'status', 'timers', 'token', 'variables', 'waits']);
    expect(state).toMatchObject({ format: 1, status: 'running', definition: { processId: 'state_format_1', fingerprint: definition.fingerprint } });
    expect(JSON.stringify(state)).not.toMatch(/bpmn:definitions|"source"/);
  });

  it('recovers and continues: timer, message, task loop, approval', async () => {
    const state = fixture();
    // given the fixture: the review is open (returned once), its reminder armed, an answer awaited
    expect(state.openTasks.map((task) => task.elementId)).toEqual(['review']);
    // when the reminder fires
    const reminded = await fireTimer(definition, state, { timerId: state.timers[0].timerId, now: at('13:30') });
    expect(opened(reminded)).toEqual(['chase']);
    // and the agency answers, and the specialist submits
    const answered = await deliverMessage(definition, stored(reminded), { messageName: 'agency_answer', data: { answer: 'Đồng ý' }, now: at('14:00') });
    expect(opened(answered)).toEqual([]);
    const submitted = await complete(definition, answered, 'review', 'submit');
    expect(opened(submitted)).toEqual(['approve']);
    // and the head's chase task and the leader's approval are done
    const chased = await complete(definition, submitted, 'chase');
    const approved = await complete(definition, chased, 'approve', 'approve');
    // then the dossier is finished, with everything it gathered on the way
    expect(approved).toMatchObject({ completed: true, outcome: 'result_ready' });
    expect(approved.variables).toMatchObject({ procedureCode: '1.000001', note: 'Thiếu bản vẽ', answer: 'Đồng ý', action: 'approve' });
  });

  it('still offers the task that was open when it was saved', async () => {
    const state = fixture();
    const [review] = state.openTasks;
    const resubmitted = await completeTask(definition, state, { taskInstanceId: review.instanceId, action: 'return', now: at('15:00') });
    expect(resubmitted.closedTasks).toEqual([{ instanceId: review.instanceId, elementId: 'review', cancelled: false, action: 'return' }]);
    expect(opened(resubmitted)).toEqual(['review']);
  });
});
