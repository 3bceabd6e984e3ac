/**
 * The closed vocabularies a diagram may use in our `tthc:` attributes. They are closed on purpose:
 * the task table, the inbox buttons, the history and the statistics all key on these codes, so a
 * typo in a diagram must be refused at deployment rather than create an action nobody can press.
 */

/** The XML namespace of our own BPMN attributes (see engine/tthc-moddle.json). */
export const TTHC_NAMESPACE = 'http://tthc.gov.vn/schema/bpmn';

/** Actions an officer may take at a step (thao tác xử lý tại một bước), with their Vietnamese labels. */
export const TASK_ACTIONS = {
  /** Phân công thụ lý: the department head hands the dossier to a specialist (ST Điều 14.2). */
  assign: 'Phân công thụ lý',
  /** Trình: forward one's work (e.g. the draft result) to the next level (ST Điều 14.1-14.2). */
  submit: 'Trình',
  /** Phê duyệt: the competent level agrees (ST Điều 15.1b). */
  approve: 'Phê duyệt',
  /** Trả lại: send back to the previous level with instructions (ST Điều 15.1a). */
  return: 'Trả lại',
  /** Yêu cầu bổ sung hồ sơ: the dossier needs more papers from the applicant (ST Điều 14.3d). */
  request_supplement: 'Yêu cầu bổ sung',
  /** Không giải quyết / từ chối: the dossier does not qualify (ST Điều 14.3d, 16.1c). */
  refuse: 'Không giải quyết',
  /** Hoàn thành: the step's work is done (e.g. the clerk attached the signed result). */
  complete: 'Hoàn thành',
} as const;

export type TaskAction = keyof typeof TASK_ACTIONS;

/** Actions a user task offers when the diagram names none (e.g. a plain Camunda Modeler task). */
export const DEFAULT_TASK_ACTIONS: readonly TaskAction[] = ['complete'];

/** Units of a step's time budget (thời hạn xử lý của bước), counted on the working calendar. */
export const BUDGET_UNITS = ['working_days', 'working_hours'] as const;

export type BudgetUnit = (typeof BUDGET_UNITS)[number];

/** A step's time budget, e.g. `{ value: 2, unit: 'working_days' }`. */
export interface Budget {
  value: number;
  unit: BudgetUnit;
}

/**
 * Outcomes an end event may declare with `tthc:outcome`; reaching that end event sets the process
 * variable `outcome`, which the dossier status follows (ST Điều 16.1).
 */
export const OUTCOMES = {
  /** Đã có kết quả: the result is ready to be returned. */
  result_ready: 'Đã có kết quả',
  /** Không giải quyết: processing concluded that the dossier does not qualify. */
  not_resolved: 'Không giải quyết',
  /** Từ chối tiếp nhận: the dossier is refused. */
  refused: 'Từ chối',
} as const;

export type Outcome = keyof typeof OUTCOMES;

export function isTaskAction(value: string): value is TaskAction {
  return Object.prototype.hasOwnProperty.call(TASK_ACTIONS, value);
}

export function isBudgetUnit(value: string): value is BudgetUnit {
  return (BUDGET_UNITS as readonly string[]).includes(value);
}

export function isOutcome(value: string): value is Outcome {
  return Object.prototype.hasOwnProperty.call(OUTCOMES, value);
}
