/**
 * With `allErrors`, a failing `oneOf`/`anyOf` reports the errors of every branch and then its own.
 * A person filling in a form meant one branch ("I am an organisation"), so only that branch's
 * errors help: the others would ask for fields the person rightly left out.
 *
 * ajv reports a branch's errors before the alternative's own error, branch after branch. Errors of
 * an inline branch carry the alternative's schema path; errors of a `$ref` branch carry the path
 * of the referenced definition instead, so both are recognised, and errors from deeper references
 * join the branch of the error before them.
 */
import type { ErrorObject } from 'ajv';
import type { SchemaNode } from './definition';
import { isPlainObject } from './json';

function isWithin(instancePath: string, parent: string): boolean {
  return instancePath === parent || instancePath.startsWith(parent + '/');
}

function branchPrefixes(alternative: ErrorObject): string[][] {
  const branches = (alternative.parentSchema as SchemaNode | undefined)?.[alternative.keyword];
  if (!Array.isArray(branches)) return [];
  return branches.map((branch: unknown, index) => {
    const prefixes = [`${alternative.schemaPath}/${index}`];
    if (isPlainObject(branch) && typeof branch.$ref === 'string' && branch.$ref.startsWith('#')) prefixes.push(branch.$ref);
    return prefixes;
  });
}

/** The contiguous errors ajv reported for the branches, just before the alternative's own error. */
function branchRun(errors: readonly ErrorObject[], at: number): number[] {
  const alternative = errors[at];
  const ownerPath = alternative.schemaPath.slice(0, alternative.schemaPath.lastIndexOf('/'));
  const run: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const error = errors[i];
    const siblingKeyword = error.schemaPath.startsWith(ownerPath + '/') && !error.schemaPath.startsWith(alternative.schemaPath + '/');
    if (!isWithin(error.instancePath, alternative.instancePath) || siblingKeyword) break;
    run.unshift(i);
  }
  return run;
}

/** Branch index of each error in the run; errors from deeper references follow the error before them. */
function assignBranches(errors: readonly ErrorObject[], run: number[], prefixes: string[][]): Map<number, number> {
  const branchOf = new Map<number, number>();
  let current = 0;
  for (const index of run) {
    const path = errors[index].schemaPath;
    const found = prefixes.findIndex((list) => list.some((prefix) => path === prefix || path.startsWith(prefix + '/')));
    if (found >= 0) current = found;
    branchOf.set(index, current);
  }
  return branchOf;
}

/** A branch the data clearly did not mean: its discriminator (`const`/`enum` below) or its type failed. */
function isRuledOut(branchErrors: ErrorObject[], alternative: ErrorObject): boolean {
  return branchErrors.some(
    (error) =>
      ((error.keyword === 'const' || error.keyword === 'enum') && error.instancePath !== alternative.instancePath) ||
      (error.keyword === 'type' && error.instancePath === alternative.instancePath),
  );
}

function allConst(alternative: ErrorObject): boolean {
  const branches = (alternative.parentSchema as SchemaNode | undefined)?.[alternative.keyword];
  return Array.isArray(branches) && branches.every((branch) => isPlainObject(branch) && 'const' in branch);
}

/**
 * Keeps, for each failing alternative, the errors of the branch the data meant (no failed
 * discriminator, fewest errors); when no branch stands out, the alternative's own error alone.
 */
export function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<number>();
  errors.forEach((alternative, at) => {
    if ((alternative.keyword !== 'oneOf' && alternative.keyword !== 'anyOf') || dropped.has(at)) return;
    const run = branchRun(errors, at).filter((index) => !dropped.has(index));
    const keepOwnError = () => run.forEach((index) => dropped.add(index));
    const passing = (alternative.params as { passingSchemas?: unknown }).passingSchemas;
    if (Array.isArray(passing) || allConst(alternative)) return keepOwnError();
    const branchOf = assignBranches(errors, run, branchPrefixes(alternative));
    const byBranch = new Map<number, ErrorObject[]>();
    for (const index of run) byBranch.set(branchOf.get(index) ?? 0, [...(byBranch.get(branchOf.get(index) ?? 0) ?? []), errors[index]]);
    const candidates = [...byBranch.entries()]
      .filter(([, list]) => !isRuledOut(list, alternative))
      .sort((a, b) => a[1].length - b[1].length);
    const chosen = candidates[0];
    if (!chosen || (candidates[1] && candidates[1][1].length === chosen[1].length)) return keepOwnError();
    for (const index of run) if (branchOf.get(index) !== chosen[0]) dropped.add(index);
    dropped.add(at);
  });
  return errors.filter((_, index) => !dropped.has(index));
}
