/**
 * Errors a step raises for a request that cannot apply to the dossier as it stands. Each has a
 * stable code; the HTTP status the API should answer with is given for convenience.
 */
export const ENGINE_ERROR_STATUS = {
  /** The task instance is not open (completed, cancelled, or never existed): a stale click. */
  TASK_NOT_OPEN: 409,
  /** The action is not among those the task offers. */
  ACTION_NOT_OFFERED: 422,
  /** No such timer is armed (already fired or cancelled): a stale job. */
  TIMER_NOT_ARMED: 409,
  /** Nothing in the process is waiting for that message or element. */
  NO_WAITING_RECEIVER: 409,
  /** The process has already ended. */
  PROCESS_ENDED: 409,
  /** The saved state is not a format this engine reads. */
  STATE_FORMAT_UNSUPPORTED: 500,
  /** The saved state belongs to another diagram than the definition given. */
  STATE_DEFINITION_MISMATCH: 500,
  /** The XML of a stored version does not pass validation. */
  DEFINITION_INVALID: 422,
  /** A definition cache was asked for a key and version with different XML than before. */
  DEFINITION_CHANGED: 500,
  /** The definition was not made by compileDefinition or validateBpmn. */
  DEFINITION_NOT_COMPILED: 500,
  /** The arguments of a step are malformed (no `now`, data that is not an object, ...). */
  INVALID_INPUT: 400,
  /** The process failed while running (e.g. a FEEL condition could not be evaluated). */
  PROCESS_FAILED: 500,
} as const;

export type EngineErrorCode = keyof typeof ENGINE_ERROR_STATUS;

export class EngineError extends Error {
  readonly status: number;

  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'EngineError';
    this.status = ENGINE_ERROR_STATUS[code];
  }
}
