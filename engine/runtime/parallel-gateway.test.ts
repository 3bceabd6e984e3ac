import { join } from 'node:path';
import { at, complete, loadDefinition, opened, openNow } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { start } from './steps';

/** Two checks run side by side; the approval waits for both branches. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'parallel-gateway.bpmn'));
});

describe('parallel gateway', () => {
  it('opens both branches, each with its own department, and joins them before approval', async () => {
    // given a dossier entering the parallel checks
    const started = await start(definition, { now: at('08:00') });
    expect(opened(started)).toEqual(['legal_check', 'site_visit']);
    expect(started.openedTasks.find((task) => task.elementId === 'site_visit')?.department).toBe('THANH_TRA');

    // when the legal check is done, the approval still waits for the site visit
    const legalDone = await complete(definition, started, 'legal_check', 'submit');
    expect(legalDone.openedTasks).toEqual([]);
    expect(openNow(legalDone)).toEqual(['site_visit']);

    // and when the site visit is done too, the leader approves
    const bothDone = await complete(definition, legalDone, 'site_visit', 'submit');
    expect(opened(bothDone)).toEqual(['approve']);
    const approved = await complete(definition, bothDone, 'approve', 'approve');
    expect(approved.completed).toBe(true);
  });

  it('still joins when one branch leaves through another path (its discard reaches the join)', async () => {
    const started = await start(definition, { now: at('08:00') });
    // when the legal check refuses, its branch turns away from the join
    const refused = await complete(definition, started, 'legal_check', 'refuse');
    expect(opened(refused)).toEqual(['note_refusal']);
    // then finishing the site visit is enough for the join to pass
    const visited = await complete(definition, refused, 'site_visit', 'submit');
    expect(opened(visited)).toEqual(['approve']);
    expect(openNow(visited)).toEqual(['approve', 'note_refusal']);
  });
});
