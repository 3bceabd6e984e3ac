/**
 * The pages a definition renders as. A layout may give pages, or sections for a single page, or
 * nothing: then the schema's own order makes the layout, one section per top-level object.
 */
import type { FormDefinition, LayoutPage, LayoutSection } from './definition';
import { titleOf } from './labels';
import { deref, propertiesOf, typeOf } from './schema-walk';

/** The title shown above the form. */
export function formTitle(definition: FormDefinition): string {
  return definition.title ?? titleOf(definition.schema, 'Biểu mẫu');
}

function sectionsFromSchema(definition: FormDefinition): LayoutSection[] {
  const root = definition.schema;
  const sections: LayoutSection[] = [];
  let loose: LayoutSection | undefined;
  for (const [key, node] of propertiesOf(root, deref(root, root))) {
    if (typeOf(node) === 'object') {
      loose = undefined;
      const children = [...propertiesOf(root, node).keys()].map((child) => `${key}.${child}`);
      sections.push({ id: key, title: titleOf(node, key), fields: children });
    } else {
      // Consecutive plain fields share one untitled section, keeping the schema's order.
      if (!loose) sections.push((loose = { id: `${key}-section`, fields: [] }));
      loose.fields.push(key);
    }
  }
  return sections;
}

/** The layout's pages, or the single page its sections or the schema make. */
export function layoutPages(definition: FormDefinition): LayoutPage[] {
  const layout = definition.layout;
  if (layout?.pages && layout.pages.length > 0) return layout.pages;
  const sections = layout?.sections && layout.sections.length > 0 ? layout.sections : sectionsFromSchema(definition);
  return [{ id: 'form', title: formTitle(definition), sections }];
}
