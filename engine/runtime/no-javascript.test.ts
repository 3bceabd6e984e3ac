import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { at, complete, loadDefinition } from '../fixtures/kit';
import { compileDefinition, validateBpmn } from '../validation/validate';
import { LITERAL_EXPRESSIONS, NO_SCRIPTS } from './feel-conditions';
import { start } from './steps';

/**
 * No JavaScript from a diagram is ever evaluated (DESIGN decision 4): scripts and `${...}` are
 * refused at deployment and at compilation, and the runtime has no path that could run them.
 */
const broken = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'broken', `${name}.bpmn`), 'utf8');

describe('no JavaScript from a diagram', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(['js-expression', 'javascript-condition', 'script-task', 'camunda-script'])('refuses %s at deployment and when compiling', async (name) => {
    expect((await validateBpmn(broken(name))).ok).toBe(false);
    await expect(compileDefinition(broken(name))).rejects.toMatchObject({ code: 'DEFINITION_INVALID' });
  });

  it('evaluates JavaScript-looking FEEL as FEEL: nothing is called, the default flow is taken', async () => {
    // given a condition that would exit the process if it ever reached JavaScript
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('process.exit called from a diagram');
    }) as never);
    const script = jest.spyOn(vm, 'Script');
    const definition = await loadDefinition(join(__dirname, 'no-javascript.bpmn'));
    // when the gateway evaluates it, even over variables named like the JavaScript it imitates
    const variables = { process: { exit: 'exit' }, constructor: { constructor: 'Function' } };
    const started = await start(definition, { variables, now: at('08:00') });
    const done = await complete(definition, started, 'review');
    // then nothing ran, and the dossier took the safe default flow to the end
    expect(exit).not.toHaveBeenCalled();
    expect(script).not.toHaveBeenCalled();
    expect(done).toMatchObject({ completed: true, openedTasks: [] });
  });

  it('resolves `${...}` as the literal text it is, and has no script to give to anything', () => {
    expect(LITERAL_EXPRESSIONS.resolveExpression('${process.exit(1)}')).toBe('${process.exit(1)}');
    expect(LITERAL_EXPRESSIONS.isExpression()).toBe(false);
    expect(NO_SCRIPTS.getScript()).toBeUndefined();
  });
});
