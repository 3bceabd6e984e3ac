import { join } from 'node:path';
import { at, complete, loadDefinition, opened, openNow } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { start } from './steps';

/** Clarifications (xác minh, lấy ý kiến) chosen by FEEL conditions; the decision waits for those taken. */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'inclusive-gateway.bpmn'));
});

async function afterCollect(data: Record<string, unknown>) {
  const started = await start(definition, { now: at('08:00') });
  return complete(definition, started, 'collect', 'complete', data);
}

describe('inclusive gateway', () => {
  it('takes every branch whose condition holds and waits for all of them', async () => {
    const split = await afterCollect({ needsSiteVisit: true, consultedAgencies: ['Sở Xây dựng'] });
    expect(opened(split)).toEqual(['consult', 'site_visit']);
    const visited = await complete(definition, split, 'site_visit');
    expect(visited.openedTasks).toEqual([]);
    const consulted = await complete(definition, visited, 'consult');
    expect(opened(consulted)).toEqual(['decide']);
  });

  it('takes one branch and does not wait for the one not taken', async () => {
    const split = await afterCollect({ needsSiteVisit: true, consultedAgencies: [] });
    expect(opened(split)).toEqual(['site_visit']);
    const visited = await complete(definition, split, 'site_visit');
    expect(opened(visited)).toEqual(['decide']);
  });

  it('takes the default flow when no condition holds (a missing variable counts as false)', async () => {
    const split = await afterCollect({});
    expect(opened(split)).toEqual(['decide']);
    expect(openNow(split)).toEqual(['decide']);
  });
});
