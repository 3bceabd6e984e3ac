import { join } from 'node:path';
import { at, complete, loadDefinition, opened } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { start } from './steps';

/** An embedded sub-process: its tasks are tasks of the dossier, its terminate end stops only itself. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'sub-process.bpmn'));
});

describe('sub-process', () => {
  it('opens the tasks inside the sub-process and continues after it', async () => {
    const started = await start(definition, { now: at('08:00') });
    expect(opened(started)).toEqual(['check_records', 'site_visit']);
    expect(started.openedTasks.find((task) => task.elementId === 'site_visit')).toMatchObject({
      scopeId: 'verification',
      budget: { value: 1, unit: 'working_days' },
    });
    const visited = await complete(definition, started, 'site_visit', 'submit');
    expect(visited.openedTasks).toEqual([]);
    const checked = await complete(definition, visited, 'check_records');
    expect(opened(checked)).toEqual(['decide']);
  });

  it('a terminate end inside the sub-process ends the sub-process, not the dossier', async () => {
    const started = await start(definition, { now: at('08:00') });
    const stopped = await complete(definition, started, 'site_visit', 'refuse');
    expect(stopped.closedTasks).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: 'check_records', cancelled: true })]));
    expect(opened(stopped)).toEqual(['decide']);
    expect(stopped).toMatchObject({ completed: false, terminated: false });
  });
});
