import { evaluateFeel } from '../model/feel';
import { contextOf, type EngineContext } from './engine-context';

/**
 * bpmn-elements asks its environment's `scripts` for the code behind a sequence flow's condition,
 * and its `expressions` for anything written `${...}`. Both are replaced so that nothing from a
 * diagram reaches JavaScript (DESIGN decision 4): conditions are FEEL evaluated by feelin, and
 * expressions are returned as the literal text they are. Neither object holds state; the step's
 * variables come from the engine context of the element that asks.
 */

interface ConditionOwner {
  id: string;
  type: string;
  environment: { options: { tthc?: EngineContext } };
}

type Callback = (error: Error | null, result?: boolean) => void;

/** A sequence flow condition as bpmn-elements runs it (a "script" with an execute method). */
class FeelCondition {
  constructor(
    private readonly owner: ConditionOwner,
    private readonly expression: string,
  ) {}

  execute(_scope: unknown, callback: Callback): void {
    let result: unknown;
    try {
      result = evaluateFeel(this.expression, contextOf(this.owner).variables);
    } catch (error) {
      callback(new Error(`FEEL condition of ${this.owner.id} failed: ${(error as Error).message}`));
      return;
    }
    // FEEL's null (a missing variable, a comparison of unlike types) does not take the flow.
    callback(null, result === true);
  }
}

export const FEEL_SCRIPTS = {
  /** Called for every flow and script task when it is built; conditions are looked up lazily. */
  register(): undefined {
    return undefined;
  },
  /** The FEEL condition of a sequence flow; script tasks get nothing and can never run. */
  getScript(_language: unknown, owner: ConditionOwner): FeelCondition | undefined {
    if (owner.type !== 'bpmn:SequenceFlow') return undefined;
    const expression = contextOf(owner).conditions.get(owner.id);
    return expression === undefined ? undefined : new FeelCondition(owner, expression);
  },
};

/** Expressions are never resolved: a timer value or a message name is taken as written. */
export const LITERAL_EXPRESSIONS = {
  resolveExpression(text: unknown): unknown {
    return text;
  },
  isExpression(): boolean {
    return false;
  },
  hasExpression(): boolean {
    return false;
  },
};
