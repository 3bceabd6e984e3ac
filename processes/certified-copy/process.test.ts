import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeTask, start, validateBpmn, type ProcessDefinition } from '../../engine';

/** Thủ tục trả kết quả ngay (REQUIREMENTS D4): one desk task, settled on the spot. */
const ROLES = ['desk_officer', 'postal_staff', 'department_head', 'specialist', 'agency_leader', 'clerk'];
const now = new Date('2026-03-02T09:00:00+07:00');
let definition: ProcessDefinition;

beforeAll(async () => {
  const validation = await validateBpmn(readFileSync(join(__dirname, 'process.bpmn'), 'utf8'), { knownRoles: ROLES });
  if (!validation.ok) throw new Error(JSON.stringify(validation.findings, null, 2));
  definition = validation.definition;
});

async function settle(action: string) {
  const received = await start(definition, { now });
  expect(received.openedTasks).toEqual([expect.objectContaining({ elementId: 'desk_settle', role: 'desk_officer', actions: ['complete', 'refuse'] })]);
  const [task] = received.openedTasks;
  return completeTask(definition, JSON.parse(JSON.stringify(received.state)), { taskInstanceId: task.instanceId, action, now });
}

describe('immediate result', () => {
  it('ends with the result ready when the desk officer settles it', async () => {
    expect(await settle('complete')).toMatchObject({ completed: true, outcome: 'result_ready' });
  });

  it('ends as not resolved when the desk officer cannot settle it', async () => {
    expect(await settle('refuse')).toMatchObject({ completed: true, outcome: 'not_resolved' });
  });
});
