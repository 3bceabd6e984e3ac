import type * as Feelin from 'feelin';
import * as nodeModule from 'node:module';

const { evaluate, parseExpression } = loadFeelin();

/*
 * feelin and its dependency temporal-polyfill are ES modules. Node 20.19+ requires them natively
 * (plain node, tsx), but Jest's module registry cannot: the shared jest config transforms feelin
 * but not temporal-polyfill. Under Jest, feelin is therefore loaded by Node's own CommonJS loader
 * (Module._load, which Jest's sandbox passes through). Adding temporal-polyfill to jest's
 * transformIgnorePatterns makes this fallback unused.
 */
function loadFeelin(): typeof Feelin {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('feelin') as typeof Feelin;
  } catch (error) {
    const hostLoad = (nodeModule as unknown as { Module?: { _load?: (request: string, parent: null, isMain: boolean) => unknown } }).Module?._load;
    if (!hostLoad) throw error;
    return hostLoad(require.resolve('feelin'), null, false) as typeof Feelin;
  }
}

/**
 * FEEL, the only expression language a diagram may use (DESIGN decision 4). Parsing and
 * evaluation go through feelin, bpmn-io's interpreter, which never reaches JavaScript.
 */

/** The result of checking one expression's syntax. */
export type FeelCheck = { ok: true; usesClock: boolean } | { ok: false; reason: string };

/*
 * FEEL's now() and today() read the machine clock. A condition that used them would route a
 * dossier differently depending on when a worker happened to run the step, so they are refused.
 */
const CLOCK_FUNCTIONS = new Set(['now', 'today']);

/**
 * Strips the optional leading `=` that Camunda 8 and bpmn.io's FEEL editor write before an
 * expression, so `=action = "approve"` and `action = "approve"` mean the same.
 */
export function normaliseFeel(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('=') && !trimmed.startsWith('==') ? trimmed.slice(1).trim() : trimmed;
}

/** Checks that a text is one complete FEEL expression. */
export function checkFeel(text: string): FeelCheck {
  const expression = normaliseFeel(text);
  if (expression === '') return { ok: false, reason: 'biểu thức trống' };
  const tree = parseExpression(expression, {}, undefined);
  let error: number | undefined;
  let usesClock = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError && error === undefined) error = node.from;
      if (node.name === 'FunctionInvocation') {
        const callee = node.node.firstChild;
        if (callee && CLOCK_FUNCTIONS.has(expression.slice(callee.from, callee.to).trim())) usesClock = true;
      }
    },
  });
  if (error !== undefined) return { ok: false, reason: `lỗi cú pháp FEEL tại vị trí ${error + 1}` };
  return { ok: true, usesClock };
}

/**
 * Evaluates a FEEL expression over the process variables. Only the variables whose names occur in
 * the text are handed over: feelin converts its whole context on every call, and a dossier's
 * variables carry the submitted form, which a condition rarely reads.
 */
export function evaluateFeel(expression: string, variables: Record<string, unknown>): unknown {
  const context: Record<string, unknown> = {};
  for (const name of Object.keys(variables)) {
    if (expression.includes(name)) context[name] = variables[name];
  }
  return evaluate(expression, context).value;
}
