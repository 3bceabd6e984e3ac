import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, complete, loadDefinition, opened, ROLES, stored } from '../fixtures/kit';
import { deliverMessage, fireTimer, start } from '../runtime/steps';
import { validateBpmn } from './validate';

/**
 * Diagrams as Camunda Modeler and bpmn.io write them (pools and lanes, generated ids, camunda:
 * properties and input mappings, colours, DI) deploy unchanged and run.
 */
const dir = join(__dirname, '..', 'fixtures', 'camunda-modeler');
const path = (name: string) => join(dir, `${name}.bpmn`);

describe('Camunda Modeler and bpmn.io diagrams', () => {
  it.each(['construction-permit', 'bpmn-io-default', 'household-business'])('%s deploys without findings', async (name) => {
    const xml = readFileSync(path(name), 'utf8');
    const result = await validateBpmn(xml, { knownRoles: ROLES });
    expect(result.ok ? [] : result.findings).toEqual([]);
    // the XML itself is what gets stored: the definition is tied to exactly these bytes
    if (result.ok) expect(result.definition.fingerprint).toBe(createHash('sha256').update(xml).digest('hex'));
  });

  it('reads roles, department, budget, actions and form view from camunda: and tthc: attributes', async () => {
    const definition = await loadDefinition(path('construction-permit'));
    expect(definition.name).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    const byId = Object.fromEntries(definition.userTasks.map((task) => [task.elementId, task]));
    expect(byId.Activity_examine).toEqual({
      elementId: 'Activity_examine',
      name: 'Thẩm định hồ sơ, kiểm tra thực địa',
      role: 'specialist',
      roles: ['specialist'],
      department: 'QLDT',
      budget: { value: 10, unit: 'working_days' },
      actions: ['submit', 'refuse'],
      formView: 'examine',
    });
    expect(byId.Activity_sign).toMatchObject({ role: 'agency_leader', roles: ['agency_leader', 'department_head'] });
    expect(byId.Activity_chase).toMatchObject({ role: 'department_head', actions: ['complete'] });
    expect(definition.elements.find((element) => element.id === 'Flow_returned')).toEqual({
      id: 'Flow_returned',
      type: 'bpmn:SequenceFlow',
      name: 'Trả lại',
      parentId: 'construction_permit',
      sourceId: 'Gateway_signed',
      targetId: 'Activity_examine',
    });
  });

  it('runs the permit with a Camunda 8 style condition (=action = "return") and a reminder', async () => {
    const definition = await loadDefinition(path('construction-permit'));
    const started = await start(definition, { now: at('08:00') });
    expect(started.armedTimers).toEqual([expect.objectContaining({ elementId: 'Event_remind', interrupting: false, dueAt: '2026-03-07T01:00:00.000Z' })]);
    const examined = await complete(definition, started, 'Activity_examine', 'submit');
    const returned = await complete(definition, examined, 'Activity_sign', 'return');
    expect(opened(returned)).toEqual(['Activity_examine']);
    const reexamined = await complete(definition, returned, 'Activity_examine', 'submit');
    const signed = await complete(definition, reexamined, 'Activity_sign', 'approve');
    expect(signed).toMatchObject({ completed: true, outcome: 'result_ready' });
  });

  it('runs a bpmn.io diagram left with isExecutable="false"; its task offers "complete"', async () => {
    const definition = await loadDefinition(path('bpmn-io-default'));
    const started = await start(definition, { now: at('08:00') });
    expect(started.openedTasks).toEqual([expect.objectContaining({ elementId: 'Activity_0w3tbye', role: 'desk_officer', actions: ['complete'] })]);
    expect((await complete(definition, started, 'Activity_0w3tbye')).completed).toBe(true);
  });

  it('runs the household business registration through sub-process, receive task, call activity, timer and message', async () => {
    const definition = await loadDefinition(path('household-business'));
    const started = await start(definition, { now: at('08:00'), variables: { dossierCode: 'HKD-260302-0001' } });
    expect(started.openedTasks).toEqual([expect.objectContaining({ elementId: 'Activity_check_name', scopeId: 'SubProcess_check', department: 'TCKH' })]);
    const checked = await complete(definition, started, 'Activity_check_name', 'submit');
    expect(checked.waiting).toEqual([expect.objectContaining({ elementId: 'Activity_fee', kind: 'receive', messageName: 'fee_paid' })]);
    const paid = await deliverMessage(definition, stored(checked), { messageName: 'fee_paid', data: { receipt: 'BL-1' }, now: at('09:00') });
    expect(paid.waiting).toEqual([expect.objectContaining({ elementId: 'Activity_tax_code', kind: 'call', calledElement: 'tax-code-registration' })]);
    const taxed = await deliverMessage(definition, stored(paid), { elementId: 'Activity_tax_code', data: { taxCode: '8012345678' }, now: at('10:00') });
    expect(taxed.armedTimers).toEqual([expect.objectContaining({ elementId: 'Event_cooling', dueAt: '2026-03-03T03:00:00.000Z' })]);
    const cooled = await fireTimer(definition, stored(taxed), { timerId: taxed.armedTimers[0].timerId, now: at('10:00', '2026-03-03') });
    const acknowledged = await deliverMessage(definition, stored(cooled), { messageName: 'portal_acknowledged', now: at('10:05', '2026-03-03') });
    expect(opened(acknowledged)).toEqual(['Activity_issue']);
    const issued = await complete(definition, acknowledged, 'Activity_issue', 'approve');
    expect(issued).toMatchObject({ completed: true, outcome: 'result_ready' });
    expect(issued.variables).toMatchObject({ dossierCode: 'HKD-260302-0001', receipt: 'BL-1', taxCode: '8012345678' });
  });
});
