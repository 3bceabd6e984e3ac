import * as Elements from 'bpmn-elements';
import { computeDueAt, type TimerType } from '../model/timer-spec';
import { contextOf, type EngineContext } from './engine-context';
import { FeelCondition } from './feel-conditions';

/**
 * Three bpmn-elements behaviours replaced for the platform. bpmn-elements builds elements from plain
 * constructor functions, so the overrides extend them the same way and are handed to the
 * serializer's TypeResolver when a definition is compiled.
 */

type Constructor = (this: object, ...args: unknown[]) => void;
interface WithPrototype {
  prototype: Record<string, (...args: unknown[]) => unknown>;
}

const BaseSequenceFlow = Elements.SequenceFlow as unknown as Constructor & WithPrototype;
const BaseTimer = Elements.TimerEventDefinition as unknown as Constructor & WithPrototype;

interface FlowThis {
  id: string;
  environment: { options: { tthc?: EngineContext } };
  feelCondition?: FeelCondition | null;
}

/**
 * The platform's sequence flow: FEEL conditions, and discards that only travel where they matter.
 *
 * Conditions: the stock flow asks the environment's script registry for a `language` condition
 * and otherwise resolves `${...}` expressions against JavaScript objects. Ours answers with a FEEL
 * condition compiled from the diagram, and never consults either.
 *
 * Discards: bpmn-elements marks every path not taken as discarded, element by element, so that a
 * joining gateway knows not to wait for it. Two corrections:
 * - In a one-stop flow with approve/return loops that walk costs most of a step's messages and
 *   leads nowhere: no gateway waits. The compiled definition lists the flows from which a joining
 *   gateway can be reached; only those keep propagating.
 * - An element on a loop (a review that may be returned) decides afresh on every pass. Its choice
 *   not to take a flow this time is not final, and passed on it would let a join downstream fire
 *   before the branch really arrived. Such a discard stops here; a dead path (the element itself
 *   was discarded, and the discard carries its trail) still propagates. Boundary events of such
 *   an element may not lead into a join at all (validation rule LOOPED_BOUNDARY_JOIN).
 */
export function PlatformSequenceFlow(this: FlowThis, ...args: unknown[]): void {
  BaseSequenceFlow.apply(this, args);
}
PlatformSequenceFlow.prototype = Object.create(BaseSequenceFlow.prototype);
PlatformSequenceFlow.prototype.constructor = PlatformSequenceFlow;
PlatformSequenceFlow.prototype.discard = function discard(this: FlowThis, ...args: unknown[]): unknown {
  const context = contextOf(this);
  if (!context.discardFlows.has(this.id)) return undefined;
  if (context.loopFlows.has(this.id) && !isDeadPath(args[0])) return undefined;
  return BaseSequenceFlow.prototype.discard.apply(this, args);
};

/** A discard that travels a dead path carries the trail of elements it came through. */
function isDeadPath(content: unknown): boolean {
  const trail = (content as { discardSequence?: unknown } | undefined)?.discardSequence;
  return Array.isArray(trail) && trail.length > 0;
}
PlatformSequenceFlow.prototype.getCondition = function getCondition(this: FlowThis): FeelCondition | null {
  if (this.feelCondition === undefined) {
    const context = contextOf(this);
    const expression = context.conditions.get(this.id);
    this.feelCondition = expression === undefined ? null : new FeelCondition(this.id, expression, context);
  }
  return this.feelCondition;
};

interface TimerThis {
  environment: { options: { tthc?: EngineContext } };
}

interface ParsedTimer {
  expireAt?: Date;
  repeat?: number;
  delay?: number;
}

/**
 * A timer that reads the step's injected clock and only fires when the caller says so. The stock
 * timer computes its due time from the machine clock and fires at once when that time has passed,
 * so a recovered dossier would fire an overdue timer inside an unrelated step. Here the due time is
 * computed from `now` of the step that armed it, and the timeout handed to our recording timers is
 * at least 1 ms, so completion always goes through `fireTimer` (DESIGN decision 6).
 */
export function ClockedTimerEventDefinition(this: TimerThis, ...args: unknown[]): void {
  BaseTimer.apply(this, args);
}
ClockedTimerEventDefinition.prototype = Object.create(BaseTimer.prototype);
ClockedTimerEventDefinition.prototype.constructor = ClockedTimerEventDefinition;
ClockedTimerEventDefinition.prototype.parse = function parse(this: TimerThis, timerType: unknown, value: unknown): ParsedTimer {
  const now = contextOf(this).now;
  const type = timerType as TimerType;
  const expireAt = computeDueAt({ type, value: String(value) }, now);
  const repeat = type === 'timeCycle' ? cycleRepeat(String(value)) : undefined;
  return { expireAt, repeat, delay: expireAt.getTime() - now.getTime() };
};
ClockedTimerEventDefinition.prototype._getTimers = function getTimers(this: TimerThis, ...args: unknown[]): unknown {
  const result = BaseTimer.prototype._getTimers.apply(this, args) as { timeout?: number };
  return { ...result, timeout: Math.max(1, result.timeout ?? 1) };
};

function cycleRepeat(value: string): number | undefined {
  const match = /^R(\d*)\//.exec(value);
  if (!match) return undefined;
  return match[1] === '' ? -1 : Number(match[1]);
}

type ActivityFactory = (activityDef: Record<string, unknown>, context: unknown) => unknown;
const BaseInclusiveGateway = Elements.InclusiveGateway as unknown as ActivityFactory;

/**
 * An inclusive gateway that joins. bpmn-elements passes every token through a converging inclusive
 * gateway (bpmn-elements issue #46), so a decision after two clarifications would run twice.
 * Marked as a parallel join it waits until every incoming flow was either taken or discarded,
 * which, since the discards of untaken branches reach it, is the BPMN inclusive join for the
 * structured split-then-join diagrams the platform accepts. A diverging inclusive gateway (one
 * incoming flow) is unaffected.
 */
export function JoiningInclusiveGateway(activityDef: Record<string, unknown>, context: unknown): unknown {
  return BaseInclusiveGateway({ ...activityDef, isParallelGateway: true }, context);
}

/** The element types our compiled definitions are built with. */
export const RUNTIME_ELEMENTS: Record<string, unknown> = {
  ...Elements,
  SequenceFlow: PlatformSequenceFlow,
  TimerEventDefinition: ClockedTimerEventDefinition,
  InclusiveGateway: JoiningInclusiveGateway,
};
