import tthc from './tthc-moddle.json';

/**
 * The platform's own BPMN attributes (`tthc:` namespace): department, time budget, actions and form
 * view on user tasks, outcome on end events. bpmn-moddle silently drops attributes whose descriptor
 * is not loaded (DESIGN.md, decision 5), so the designer must load exactly the engine's descriptor.
 *
 * tthc-moddle.json is a copy of engine/tthc-moddle.json: admin-ui is a standalone npm project and
 * does not reach into engine/ at build time. test/admin-ui/platform-vocabulary.test.ts fails when
 * the two copies differ.
 */
export const PLATFORM_MODDLE_EXTENSIONS: Record<string, object> = { tthc };

export const PLATFORM_PREFIX = 'tthc';
