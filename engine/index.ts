/**
 * The workflow engine (quy trình nội bộ): BPMN 2.0 diagrams validated, compiled once per version,
 * and run one step at a time on bpmn-engine, without a database or the machine clock.
 * This is the only module other folders import; see engine/README.md and engine/STATE-FORMAT.md.
 */

export { validateBpmn, compileDefinition } from './validation/validate';
export type { ValidationResult, ValidateOptions } from './validation/validate';
export { FINDING_CODES } from './validation/findings';
export type { Finding, FindingCode } from './validation/findings';
export { BPMN_MAX_BYTES } from './model/xml-guard';
export { checkFeel } from './model/feel';
export type { FeelCheck } from './model/feel';

export { DefinitionCache } from './model/definition-cache';
export type { ProcessDefinition, UserTaskInfo, TimerInfo, WaitStateInfo, ElementInfo } from './model/definition';
export type { TimerSpec, TimerType } from './model/timer-spec';
export { TTHC_NAMESPACE, TASK_ACTIONS, DEFAULT_TASK_ACTIONS, BUDGET_UNITS, OUTCOMES } from './model/vocabulary';
export type { TaskAction, Budget, BudgetUnit, Outcome } from './model/vocabulary';

export { start, completeTask, fireTimer, deliverMessage } from './runtime/steps';
export type { StartInput, CompleteTaskInput, FireTimerInput, DeliverMessageInput } from './runtime/steps';
export type { StepResult, OpenedTask, ClosedTask, ArmedTimer, WaitingReceiver } from './runtime/step-result';
export { STATE_FORMAT } from './runtime/saved-state';
export type { SavedState, SavedTimer, InstanceRef, EngineSnapshot } from './runtime/saved-state';
export { HotEngineCache } from './runtime/hot-engines';
export type { HotEngineOption } from './runtime/hot-engines';
export { EngineError, ENGINE_ERROR_STATUS } from './runtime/errors';
export type { EngineErrorCode } from './runtime/errors';
