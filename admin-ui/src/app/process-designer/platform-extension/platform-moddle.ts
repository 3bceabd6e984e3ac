/**
 * THE PLUG-IN POINT FOR THE PLATFORM'S OWN BPMN ATTRIBUTES.
 *
 * The engine team defines one namespace of task attributes (department, time budget, actions, form
 * view) with a moddle descriptor in `engine/` (DESIGN.md, decision 5). Attributes without a
 * loaded descriptor are silently dropped by bpmn-moddle, so the designer must load the same JSON.
 *
 * When the descriptor exists, copy or import it here, e.g.
 *
 *   import tthc from './tthc-moddle.json';
 *   export const PLATFORM_MODDLE_EXTENSIONS = { tthc };
 *
 * and add entries for its attributes in platform-properties.ts. Nothing else in the designer has to
 * change: modeler-factory.ts spreads this object into `moddleExtensions`.
 */
export const PLATFORM_MODDLE_EXTENSIONS: Record<string, object> = {};

/** Prefix of the platform namespace once it is loaded, or null while only Camunda's is. */
export const PLATFORM_PREFIX: string | null = null;
