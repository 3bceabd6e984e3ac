import { evaluateFeel } from '../model/feel';
import type { EngineContext } from './engine-context';

/**
 * How conditions and expressions run, so that nothing from a diagram reaches JavaScript (DESIGN
 * decision 4). A sequence flow's condition is FEEL evaluated by feelin over the process variables
 * (our SequenceFlow hands out a {@link FeelCondition}); bpmn-elements' `scripts` are replaced by
 * {@link NO_SCRIPTS}, which has none to give; and its `expressions` by {@link LITERAL_EXPRESSIONS},
 * which take `${...}` as the literal text it is.
 */

type Callback = (error: Error | null, result?: boolean) => void;

/** `name = "text"`, `name = true`: most conditions in practice, checked without the interpreter. */
const SIMPLE_EQUALITY = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:"([^"\\]*)"|(true|false))$/;

/** A sequence flow's FEEL condition, in the shape bpmn-elements calls (execute with a callback). */
export class FeelCondition {
  readonly type = 'feel';
  private readonly simple?: { name: string; value: string | boolean };

  constructor(
    private readonly flowId: string,
    private readonly expression: string,
    private readonly context: EngineContext,
  ) {
    const match = SIMPLE_EQUALITY.exec(expression);
    // FEEL's `=` on a string or boolean literal is true exactly when the variable holds that value.
    if (match) this.simple = { name: match[1], value: match[2] ?? match[3] === 'true' };
  }

  execute(_message: unknown, callback: Callback): void {
    const variables = this.context.variables;
    if (this.simple) {
      callback(null, Object.prototype.hasOwnProperty.call(variables, this.simple.name) && variables[this.simple.name] === this.simple.value);
      return;
    }
    let result: unknown;
    try {
      result = evaluateFeel(this.expression, variables);
    } catch (error) {
      callback(new Error(`FEEL condition of ${this.flowId} failed: ${(error as Error).message}`));
      return;
    }
    // FEEL's null (a missing variable, a comparison of unlike types) does not take the flow.
    callback(null, result === true);
  }
}

/** bpmn-elements' script registry, empty: a script task or a `language` condition has nothing to run. */
export const NO_SCRIPTS = {
  register(): undefined {
    return undefined;
  },
  getScript(): undefined {
    return undefined;
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
