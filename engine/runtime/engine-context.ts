/**
 * The per-engine context our element overrides and FEEL conditions read. bpmn-elements copies
 * unknown Engine options into every cloned environment, so the context travels to each process,
 * sub-process and activity as `environment.options.tthc`. It is mutable on purpose: a hot engine
 * (see hot-engines.ts) runs several steps, and each step sets its own clock and variables.
 */
export interface EngineContext {
  /** The step's "now", given by the caller; the engine never reads the machine clock for it. */
  now: Date;
  /** The process variables as this step sees them; conditions read these. */
  variables: Record<string, unknown>;
  /** Flows whose discard must propagate (see runtime/bpmn-overrides.ts). */
  discardFlows: ReadonlySet<string>;
  /** Flows leaving an element on a loop (see CompiledRuntime.loopFlows). */
  loopFlows: ReadonlySet<string>;
  /** FEEL text per conditional flow id. */
  conditions: ReadonlyMap<string, string>;
}

interface WithEnvironment {
  environment: { options: { tthc?: EngineContext } };
}

export function contextOf(owner: WithEnvironment): EngineContext {
  const context = owner.environment.options.tthc;
  if (!context) throw new Error('tthc engine context missing: engines must be created by engine/runtime/session.ts');
  return context;
}
