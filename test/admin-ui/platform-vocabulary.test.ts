import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as designer from '../../admin-ui/src/app/process-designer/platform-extension/vocabulary';

const ROOT = resolve(__dirname, '..', '..');
const ENGINE_MODDLE = join(ROOT, 'engine', 'tthc-moddle.json');
const ENGINE_VOCABULARY = join(ROOT, 'engine', 'model', 'vocabulary.ts');
const DESIGNER_MODDLE = join(ROOT, 'admin-ui', 'src', 'app', 'process-designer', 'platform-extension', 'tthc-moddle.json');

const engineThere = existsSync(ENGINE_MODDLE) && existsSync(ENGINE_VOCABULARY);
if (!engineThere) console.warn('engine/tthc-moddle.json or engine/model/vocabulary.ts is missing: the designer/engine comparison is skipped.');

/**
 * The process designer (a separate npm project) carries copies of the engine's moddle descriptor and
 * vocabularies. An attribute the designer writes without the engine's descriptor is silently
 * dropped at deployment, so the copies must stay identical.
 */
(engineThere ? describe : describe.skip)('the process designer speaks the engine\'s BPMN dialect', () => {
  it('loads the same tthc moddle descriptor as the engine', () => {
    expect(JSON.parse(readFileSync(DESIGNER_MODDLE, 'utf8'))).toEqual(JSON.parse(readFileSync(ENGINE_MODDLE, 'utf8')));
  });

  it('offers the engine\'s actions, budget units and outcomes with the same labels', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(ENGINE_VOCABULARY) as typeof designer;
    expect(designer.TASK_ACTIONS).toEqual(engine.TASK_ACTIONS);
    expect(designer.DEFAULT_TASK_ACTIONS).toEqual(engine.DEFAULT_TASK_ACTIONS);
    expect(designer.BUDGET_UNITS).toEqual(engine.BUDGET_UNITS);
    expect(designer.OUTCOMES).toEqual(engine.OUTCOMES);
  });
});
