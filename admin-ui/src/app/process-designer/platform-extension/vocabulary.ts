/**
 * The closed vocabularies of the `tthc:` attributes, with their Vietnamese labels: a copy of
 * engine/model/vocabulary.ts (test/admin-ui/platform-vocabulary.test.ts keeps the two equal).
 */
export const TASK_ACTIONS = {
  assign: 'Phân công thụ lý',
  submit: 'Trình',
  approve: 'Phê duyệt',
  return: 'Trả lại',
  request_supplement: 'Yêu cầu bổ sung',
  refuse: 'Không giải quyết',
  complete: 'Hoàn thành',
} as const;

export type TaskAction = keyof typeof TASK_ACTIONS;

/** What a user task offers when the diagram lists no action. */
export const DEFAULT_TASK_ACTIONS: readonly TaskAction[] = ['complete'];

export const BUDGET_UNITS = ['working_days', 'working_hours'] as const;

export const BUDGET_UNIT_LABELS: Record<(typeof BUDGET_UNITS)[number], string> = {
  working_days: 'Ngày làm việc',
  working_hours: 'Giờ làm việc',
};

export const OUTCOMES = {
  result_ready: 'Đã có kết quả',
  not_resolved: 'Không giải quyết',
  refused: 'Từ chối',
} as const;

/** The engine's pattern for department codes and form view names. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A positive number of days or hours with at most two decimals, e.g. 2 or 0.5. */
export const BUDGET_PATTERN = /^\d{1,4}(\.\d{1,2})?$/;
