import type { ProcessDefinition } from '../model/definition';
import { EngineError } from './errors';

/**
 * The saved state of one process instance, format 1: a public contract documented in
 * engine/STATE-FORMAT.md. The caller stores it as JSON with the dossier; it never contains the
 * BPMN source, which is recovered from the cached definition (DESIGN decision 3).
 */
export interface SavedState {
  format: 1;
  definition: { processId: string; fingerprint: string };
  /** Steps applied since start (start is revision 1). */
  revision: number;
  /** Random per step: identifies this exact state for the hot-engine cache. */
  token: string;
  status: 'running' | 'completed' | 'terminated';
  variables: Record<string, unknown>;
  openTasks: InstanceRef[];
  /** Steps waiting for deliverMessage: message catch events, receive tasks, call activities. */
  waits: InstanceRef[];
  timers: SavedTimer[];
  /** bpmn-engine's own state without the source; null once the process has ended. */
  engine: EngineSnapshot | null;
}

export interface InstanceRef {
  instanceId: string;
  elementId: string;
}

export interface SavedTimer {
  timerId: string;
  elementId: string;
  dueAt: string;
}

export interface EngineSnapshot {
  engineVersion: string;
  definitions: unknown[];
}

export const STATE_FORMAT = 1;

/** Checks that a stored value is a format-1 state of this definition. */
export function readSavedState(value: unknown, definition: ProcessDefinition): SavedState {
  if (!value || typeof value !== 'object') {
    throw new EngineError('STATE_FORMAT_UNSUPPORTED', 'Saved state is missing or not an object.');
  }
  const state = value as Partial<SavedState>;
  if (state.format !== STATE_FORMAT) {
    throw new EngineError('STATE_FORMAT_UNSUPPORTED', `Saved state format ${String(state.format)} is not supported (expected ${STATE_FORMAT}).`);
  }
  if (state.definition?.fingerprint !== definition.fingerprint || state.definition?.processId !== definition.processId) {
    throw new EngineError(
      'STATE_DEFINITION_MISMATCH',
      `Saved state belongs to process ${state.definition?.processId ?? '?'} (${state.definition?.fingerprint?.slice(0, 12) ?? '?'}), not to ${definition.processId} (${definition.fingerprint.slice(0, 12)}).`,
    );
  }
  if (!Array.isArray(state.openTasks) || !Array.isArray(state.timers) || !Array.isArray(state.waits) || typeof state.variables !== 'object') {
    throw new EngineError('STATE_FORMAT_UNSUPPORTED', 'Saved state of format 1 is incomplete.');
  }
  return state as SavedState;
}

/** Refuses a step on a process that has ended. */
export function requireRunning(state: SavedState): void {
  if (state.status !== 'running' || !state.engine) {
    throw new EngineError('PROCESS_ENDED', `The process has ended (${state.status}).`);
  }
}
