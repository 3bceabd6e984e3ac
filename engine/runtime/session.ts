import { Engine } from 'bpmn-engine';
import type { CompiledRuntime, ProcessDefinition } from '../model/definition';
import type { EngineContext } from './engine-context';
import { EngineError } from './errors';
import { LITERAL_EXPRESSIONS, NO_SCRIPTS } from './feel-conditions';
import { RecordingTimers } from './recording-timers';
import type { EngineSnapshot, SavedState } from './saved-state';

/** An element API of bpmn-elements, as far as a session uses it. */
export interface ActivityApi {
  id: string;
  type: string;
  executionId: string;
  signal(message?: unknown): void;
  getPostponed?(): ActivityApi[];
}

interface EngineDefinition {
  getState(): unknown;
}

/** Recorded in saved states for diagnosis; package.json pins this version. */
const ENGINE_VERSION = 'bpmn-engine@25.0.1';

const silent = () => undefined;
const SILENT_LOGGER = () => ({ debug: silent, error: silent, warn: silent });

/**
 * One live bpmn-engine for one process instance, with the hooks a step reads afterwards: which
 * end events were reached, whether the process ended, and any failure. Sessions are either built
 * fresh (start), recovered from a saved state, or taken warm from the hot-engine cache.
 */
export class EngineSession {
  readonly timers = new RecordingTimers();
  readonly context: EngineContext;
  /** The state this session currently embodies: the token of the last state it produced. */
  token = '';
  revision = 0;
  completed = false;
  terminated = false;
  failure?: Error;
  private readonly engine: Engine;
  private readonly listener = { emit: (event: string, api: ActivityApi) => this.onEvent(event, api) };

  private constructor(
    readonly definition: ProcessDefinition,
    private readonly runtime: CompiledRuntime,
    now: Date,
    variables: Record<string, unknown>,
  ) {
    this.context = { now, variables, discardFlows: runtime.discardFlows, loopFlows: runtime.loopFlows, conditions: runtime.conditions };
    this.engine = new Engine({
      name: definition.processId,
      sourceContext: runtime.sourceContext,
      // Our replacements implement the parts of these interfaces that bpmn-elements calls.
      scripts: NO_SCRIPTS as never,
      expressions: LITERAL_EXPRESSIONS as never,
      timers: this.timers as never,
      Logger: SILENT_LOGGER,
      // Elements that were never touched are left out of the state, which keeps it small.
      settings: { disableTrackState: true },
      tthc: this.context,
    });
    this.engine.on('end', () => {
      this.completed = true;
    });
    this.engine.on('error', (error: unknown) => {
      this.failure = error instanceof Error ? error : new Error(String(error));
    });
  }

  /** Starts a new instance; the start event runs up to the first wait states. */
  static async start(definition: ProcessDefinition, runtime: CompiledRuntime, now: Date, variables: Record<string, unknown>): Promise<EngineSession> {
    const session = new EngineSession(definition, runtime, now, variables);
    await session.engine.execute({ listener: session.listener });
    return session;
  }

  /** Rebuilds a running instance from its saved state against the cached definition. */
  static async recover(definition: ProcessDefinition, runtime: CompiledRuntime, state: SavedState, now: Date): Promise<EngineSession> {
    const session = new EngineSession(definition, runtime, now, state.variables);
    const snapshot = state.engine as EngineSnapshot;
    session.engine.recover({ name: definition.processId, definitions: snapshot.definitions } as never);
    await session.engine.resume({ listener: session.listener });
    session.token = state.token;
    session.revision = state.revision;
    return session;
  }

  /** Every activity currently waiting, including those inside running sub-processes. */
  waiting(): ActivityApi[] {
    if (this.completed || !this.engine.execution) return [];
    const result: ActivityApi[] = [];
    const seen = new Set<string>();
    const visit = (apis: ActivityApi[]) => {
      for (const api of apis) {
        if (seen.has(api.executionId)) continue;
        seen.add(api.executionId);
        result.push(api);
        if (api.type === 'bpmn:SubProcess' && api.getPostponed) visit(api.getPostponed());
      }
    };
    visit(this.engine.execution.getPostponed() as unknown as ActivityApi[]);
    return result;
  }

  /** bpmn-engine's state without the BPMN source (Execution.getState would serialize it again). */
  snapshot(): EngineSnapshot {
    const execution = this.engine.execution as unknown as { definitions: EngineDefinition[] };
    return {
      engineVersion: ENGINE_VERSION,
      definitions: execution.definitions.map((definition) => definition.getState()),
    };
  }

  /** Throws when the engine reported an error during the step. */
  assertHealthy(): void {
    if (this.failure) {
      throw new EngineError('PROCESS_FAILED', `The process failed: ${this.failure.message}`, { cause: this.failure.message });
    }
  }

  private onEvent(event: string, api: ActivityApi): void {
    if (event !== 'activity.end') return;
    const end = this.runtime.endEvents.get(api.id);
    if (!end) return;
    if (end.outcome) this.context.variables = { ...this.context.variables, outcome: end.outcome };
    if (end.terminates && end.topLevel) this.terminated = true;
  }
}
