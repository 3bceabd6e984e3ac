import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionCache } from './definition-cache';

/** A deployed version is compiled once per process and then shared. */
const fixture = (path: string) => readFileSync(join(__dirname, '..', path), 'utf8');
const xml = fixture('runtime/boundary-timer.bpmn');

describe('definition cache', () => {
  it('compiles a key and version once, even when asked concurrently', async () => {
    const cache = new DefinitionCache();
    const [a, b] = await Promise.all([cache.get('permit', 3, xml), cache.get('permit', 3, xml)]);
    expect(a).toBe(b);
    expect(await cache.get('permit', 3, xml)).toBe(a);
    expect(a).toMatchObject({ key: 'permit', version: 3, processId: 'boundary_timer' });
    expect(cache.size).toBe(1);
  });

  it('refuses different XML under a version it already compiled: versions are immutable', async () => {
    const cache = new DefinitionCache();
    await cache.get('permit', 1, xml);
    await expect(cache.get('permit', 1, fixture('runtime/timer-cycle.bpmn'))).rejects.toMatchObject({ code: 'DEFINITION_CHANGED' });
  });

  it('does not keep a failed compilation', async () => {
    const cache = new DefinitionCache();
    await expect(cache.get('broken', 1, fixture('fixtures/broken/script-task.bpmn'))).rejects.toMatchObject({ code: 'DEFINITION_INVALID' });
    expect(cache.size).toBe(0);
  });
});
