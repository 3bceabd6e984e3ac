import { Engine } from 'bpmn-engine';
import { runtimeOf, type ProcessDefinition } from '../model/definition';
import { RUNTIME_ELEMENTS } from '../runtime/bpmn-overrides';
import type { EngineContext } from '../runtime/engine-context';
import { LITERAL_EXPRESSIONS, NO_SCRIPTS } from '../runtime/feel-conditions';
import { RecordingTimers } from '../runtime/recording-timers';

/**
 * The naive baseline of DESIGN decision 3, measured on the same diagram and the same loop: each
 * step recovers an engine from a state that embeds the BPMN source, signals the task, and saves
 * `Engine.getState()` (source included); every discard travels the whole graph. Only FEEL routing
 * and the recorded timers are borrowed from our runtime, so that the loop takes the same path.
 */
export async function measureNaive(definition: ProcessDefinition, xml: string, loop: [string, string][], count: number, cpuMs: () => number) {
  const runtime = runtimeOf(definition);
  if (!runtime) throw new Error('definition not compiled');
  const flows = definition.elements.filter((element) => element.type === 'bpmn:SequenceFlow').map((element) => element.id);
  const context: EngineContext = { now: new Date(), variables: {}, discardFlows: new Set(flows), loopFlows: new Set(), conditions: runtime.conditions };
  const silent = () => undefined;
  const options = (source?: string) =>
    ({
      name: definition.processId,
      source,
      elements: RUNTIME_ELEMENTS,
      scripts: NO_SCRIPTS,
      expressions: LITERAL_EXPRESSIONS,
      timers: new RecordingTimers(),
      Logger: () => ({ debug: silent, warn: silent, error: silent }),
      tthc: context,
    }) as never;

  let t = cpuMs();
  const first = new Engine(options(xml));
  await first.execute();
  let state = JSON.stringify(await first.getState());
  const startMs = cpuMs() - t;

  const step = async (element: string, action: string) => {
    const engine = new Engine(options());
    engine.recover(JSON.parse(state));
    await engine.resume();
    context.variables = { action };
    const waiting = engine.execution?.getPostponed() as unknown as { id: string; signal(message: unknown): void }[];
    waiting.find((api) => api.id === element)?.signal({ action });
    state = JSON.stringify(await engine.getState());
  };
  await step('head_assign', 'assign');
  t = cpuMs();
  for (let i = 0; i < count; i += 1) await step(...loop[i % loop.length]);
  return { startMs, stepMs: (cpuMs() - t) / count, stateBytes: Buffer.byteLength(state) };
}
