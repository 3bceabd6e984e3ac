import { validateFormDefinition, type FormDefinition, type FormFinding, type LayoutSection, type SchemaNode } from '../../forms';
import type { ErrorDetail } from '../errors/catalogue';
import type { DossierComponent } from './model';

/**
 * Binds an e-form to a procedure version (REQUIREMENTS A5, B3). The client sends `formSchema`:
 * either a whole form definition (schema, layout, views, components) or a bare JSON Schema, which
 * is wrapped into a definition with a default layout and the record's dossier components.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A definition has a `schema` object at its top; `schema` is no JSON Schema keyword, so a bare schema never does. */
export function isFormDefinition(value: unknown): boolean {
  return isObject(value) && isObject(value.schema) && value.properties === undefined && value.type === undefined;
}

/**
 * One section per top-level object (its direct fields in order), the other top-level fields
 * gathered in untitled sections between them: what a designer would draw first.
 */
export function defaultLayout(schema: SchemaNode): { sections: LayoutSection[] } {
  const sections: LayoutSection[] = [];
  let loose: LayoutSection | undefined;
  for (const [key, node] of Object.entries(schema.properties ?? {})) {
    if (isObject(node) && node.type === 'object' && isObject(node.properties)) {
      loose = undefined;
      sections.push({ id: key, title: typeof node.title === 'string' ? node.title : key, fields: Object.keys(node.properties).map((child) => `${key}.${child}`) });
    } else {
      if (!loose) sections.push((loose = { id: `${key}-fields`, fields: [] }));
      loose.fields.push(key);
    }
  }
  return { sections };
}

export interface BoundForm {
  form: FormDefinition;
  findings: ErrorDetail[];
}

/** Where a finding about the definition points in the request body. */
function bodyPath(finding: FormFinding, wrapped: boolean): string {
  if (!wrapped) return `/formSchema${finding.path}`;
  return finding.path.startsWith('/schema') ? `/formSchema${finding.path.slice('/schema'.length)}` : `/formSchema${finding.path}`;
}

/**
 * The definition to store for `formSchema`, stamped with the procedure's code, version and name,
 * and the findings that make it unusable (an invalid schema, a schema bomb, a broken layout).
 */
export function bindForm(
  formSchema: unknown, target: { code: string; version: number; name: string; components: DossierComponent[] },
): BoundForm {
  const wrapped = !isFormDefinition(formSchema);
  const given = (wrapped ? { schema: formSchema } : formSchema) as FormDefinition;
  // `id@version` keys the compiled validators (forms' FormValidator): the procedure's code and version name one immutable form.
  const form: FormDefinition = {
    ...given,
    id: target.code,
    version: target.version,
    title: typeof given.title === 'string' ? given.title : target.name,
  };
  if (wrapped) form.components = target.components.map(({ code, name, required }) => ({ code, name, required }));
  const findings = validateFormDefinition(form).map((finding) => ({ path: bodyPath(finding, wrapped), message: finding.message }));
  if (findings.length === 0 && wrapped) {
    const withLayout = { ...form, layout: defaultLayout(form.schema) };
    // A layout that the form layer would refuse is left out: renderers then follow the schema's order.
    if (validateFormDefinition(withLayout).length === 0) return { form: withLayout, findings };
  }
  return { form, findings };
}

/** The same definition, stamped with another procedure version (an amendment carries the form over). */
export function restampForm(form: FormDefinition | null, version: number): FormDefinition | null {
  return form ? { ...form, version } : null;
}
