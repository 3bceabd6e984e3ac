import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeTask, deliverMessage, start, validateBpmn, type ProcessDefinition, type StepResult } from '../../engine';

/**
 * The standard one-stop flow (Quy chế Sóc Trăng 2019, Điều 13-16; REQUIREMENTS D5), driven the way
 * the API drives it: each step takes the previous step's saved state, as read back from JSON.
 */
const ROLES = ['desk_officer', 'postal_staff', 'department_head', 'specialist', 'agency_leader', 'clerk'];
const xml = readFileSync(join(__dirname, 'process.bpmn'), 'utf8');
const at = (time: string) => new Date(`2026-03-02T${time}:00+07:00`);

let definition: ProcessDefinition;

beforeAll(async () => {
  const validation = await validateBpmn(xml, { knownRoles: ROLES });
  if (!validation.ok) throw new Error(JSON.stringify(validation.findings, null, 2));
  definition = validation.definition;
});

/** Completes the only open task of `element` with `action`, as an officer would. */
async function act(previous: StepResult, element: string, action: string, data: Record<string, unknown> = {}, now = at('10:00')) {
  const task = previous.state.openTasks.find((open) => open.elementId === element);
  if (!task) throw new Error(`no open task ${element}; open: ${previous.state.openTasks.map((open) => open.elementId).join(', ')}`);
  const saved = JSON.parse(JSON.stringify(previous.state));
  return completeTask(definition, saved, { taskInstanceId: task.instanceId, action, data, now });
}

const openElements = (step: StepResult) => step.openedTasks.map((task) => task.elementId);

describe('one-stop standard flow', () => {
  it('declares every step with its role, budget, actions and form view', () => {
    // given the deployed standard diagram
    // then each user task carries what the task table and the inbox need
    const byId = Object.fromEntries(definition.userTasks.map((task) => [task.elementId, task]));
    expect(byId.head_assign).toMatchObject({ role: 'department_head', budget: { value: 4, unit: 'working_hours' }, formView: 'approval' });
    expect(byId.examine).toMatchObject({ role: 'specialist', budget: { value: 3, unit: 'working_days' }, actions: ['submit', 'request_supplement', 'refuse'] });
    expect(byId.leader_approve).toMatchObject({ role: 'agency_leader', actions: ['approve', 'return'] });
    expect(byId.clerk_issue).toMatchObject({ role: 'clerk', actions: ['complete'] });
  });

  it('runs head → specialist → head → leader (returns once) → specialist → head → leader → clerk → result ready', async () => {
    // given a dossier received at the desk
    const received = await start(definition, { variables: { procedureCode: '1.000001' }, now: at('08:00') });
    expect(openElements(received)).toEqual(['head_assign']);
    expect(received.openedTasks[0]).toMatchObject({ name: 'Lãnh đạo phòng xem xét, phân công thụ lý', role: 'department_head' });

    // when the department head assigns a specialist, who submits a draft result
    const assigned = await act(received, 'head_assign', 'assign', { specialistId: 17 });
    expect(openElements(assigned)).toEqual(['examine']);
    expect(assigned.closedTasks).toEqual([expect.objectContaining({ elementId: 'head_assign', cancelled: false, action: 'assign' })]);
    const drafted = await act(assigned, 'examine', 'submit', { draftResultId: 'f-1' });
    const headApproved = await act(drafted, 'head_review', 'approve');
    expect(openElements(headApproved)).toEqual(['leader_approve']);

    // and the agency leader returns it with instructions
    const returned = await act(headApproved, 'leader_approve', 'return', { instructions: 'Bổ sung căn cứ pháp lý' });
    // then it is back with the specialist, with the instructions among the variables
    expect(openElements(returned)).toEqual(['examine']);
    expect(returned.variables).toMatchObject({ action: 'return', instructions: 'Bổ sung căn cứ pháp lý', specialistId: 17 });

    // when the corrected draft goes up again and the leader approves
    const redrafted = await act(returned, 'examine', 'submit');
    const reviewed = await act(redrafted, 'head_review', 'approve');
    const approved = await act(reviewed, 'leader_approve', 'approve');
    expect(openElements(approved)).toEqual(['clerk_issue']);

    // and the clerk attaches the signed result
    const issued = await act(approved, 'clerk_issue', 'complete', { resultFileId: 'r-9' });
    // then the process has ended with the result ready for the desk to return
    expect(issued.completed).toBe(true);
    expect(issued.terminated).toBe(false);
    expect(issued.outcome).toBe('result_ready');
    expect(issued.state.status).toBe('completed');
    expect(issued.state.openTasks).toEqual([]);
  });

  it('lets the department head handle the dossier directly and submit to the leader', async () => {
    const received = await start(definition, { now: at('08:00') });
    const submitted = await act(received, 'head_assign', 'submit');
    expect(openElements(submitted)).toEqual(['leader_approve']);
  });

  it('waits for the applicant after a supplement request, then resumes with the specialist', async () => {
    // given the specialist proposed a supplement request and the head confirmed it
    const received = await start(definition, { now: at('08:00') });
    const assigned = await act(received, 'head_assign', 'assign');
    const proposed = await act(assigned, 'examine', 'request_supplement', { missing: ['Bản sao giấy phép'] });
    const confirmed = await act(proposed, 'head_review', 'request_supplement');
    // then no task is open; the dossier waits for the supplemented papers
    expect(confirmed.state.openTasks).toEqual([]);
    expect(confirmed.waiting).toEqual([expect.objectContaining({ elementId: 'wait_supplement', messageName: 'dossier_supplemented' })]);

    // when the desk records the supplement (chức năng "Bổ sung hồ sơ")
    const resumed = await deliverMessage(definition, JSON.parse(JSON.stringify(confirmed.state)), {
      messageName: 'dossier_supplemented',
      data: { supplementedAt: '2026-03-05' },
      now: at('14:00'),
    });
    // then the specialist examines it again
    expect(openElements(resumed)).toEqual(['examine']);
    expect(resumed.waiting).toEqual([]);
    expect(resumed.variables.supplementedAt).toBe('2026-03-05');
  });

  it('ends as not resolved when the head confirms a refusal', async () => {
    const received = await start(definition, { now: at('08:00') });
    const assigned = await act(received, 'head_assign', 'assign');
    const proposed = await act(assigned, 'examine', 'refuse', { reason: 'Không thuộc thẩm quyền' });
    const refused = await act(proposed, 'head_review', 'refuse');
    expect(refused.completed).toBe(true);
    expect(refused.outcome).toBe('not_resolved');
  });
});
