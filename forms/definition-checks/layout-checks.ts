/**
 * Checks of the layout against the schema: every placed field exists once, its widget suits its
 * type, and no required field is left out (a person could never fill it in).
 */
import { AUTOFILL_NAMESPACES } from '../autofill';
import type { FormDefinition, FormFinding, LayoutField, SchemaNode } from '../definition';
import { parseFieldPath, toDotted } from '../field-path';
import { isPlainObject } from '../json';
import { optionsOf, titleOf } from '../labels';
import { deref, itemsOf, propertiesOf, requiredOf, schemaAtFieldPath, typeOf } from '../schema-walk';
import { WIDGET_KINDS, WIDGET_TYPES } from '../widgets';

interface LayoutCheck {
  definition: FormDefinition;
  findings: FormFinding[];
  /** Field paths placed in the layout, dotted; a placed object or array covers all beneath it. */
  placed: Set<string>;
  ids: Set<string>;
}

function add(check: LayoutCheck, path: string, message: string): void {
  check.findings.push({ path, message });
}

/**
 * The first array strictly between the entry's container and the field: an item's field must be
 * placed in the `fields` of its array, since "the area" alone does not say of which parcel.
 */
function crossesArray(root: SchemaNode, segments: string[], from: number): string | undefined {
  for (let i = from + 1; i < segments.length; i++) {
    if (typeOf(schemaAtFieldPath(root, segments.slice(0, i))) === 'array') return toDotted(segments.slice(0, i));
  }
  return undefined;
}

function checkWidget(check: LayoutCheck, field: LayoutField, node: SchemaNode, name: string, at: string): void {
  const root = check.definition.schema;
  if (field.widget !== undefined) {
    if (!WIDGET_KINDS.includes(field.widget)) return add(check, at + '/widget', `Kiểu hiển thị “${String(field.widget)}” không được hỗ trợ`);
    const type = typeOf(node);
    if (type && !WIDGET_TYPES[field.widget].includes(type)) {
      add(check, at + '/widget', `Kiểu hiển thị “${field.widget}” không dùng được cho trường “${name}” có kiểu ${type}`);
    }
    const needsOptions = field.widget === 'select' || field.widget === 'radio' || field.widget === 'checkboxes';
    if (needsOptions && !field.options && !optionsOf(root, node)) {
      add(check, at + '/widget', `Trường “${name}” hiển thị dạng ${field.widget} nhưng không có danh sách lựa chọn`);
    }
  }
  const allowed = optionsOf(root, node);
  if (field.options && allowed) {
    field.options.forEach((option, index) => {
      if (!allowed.some((candidate) => candidate.value === option.value)) {
        add(check, `${at}/options/${index}`, `Lựa chọn “${String(option.value)}” của trường “${name}” không có trong lược đồ`);
      }
    });
  }
}

function checkExtras(check: LayoutCheck, field: LayoutField, at: string): void {
  const root = check.definition.schema;
  if (field.visibleWhen !== undefined) {
    const target = isPlainObject(field.visibleWhen) && typeof field.visibleWhen.path === 'string' ? parseFieldPath(field.visibleWhen.path) : undefined;
    if (!target || !schemaAtFieldPath(root, target)) {
      add(check, at + '/visibleWhen', `Điều kiện hiển thị tham chiếu trường “${String(field.visibleWhen?.path)}” không có trong lược đồ`);
    }
  }
  const sources = field.autofill === undefined ? [] : Array.isArray(field.autofill) ? field.autofill : [field.autofill];
  for (const source of sources) {
    if (!AUTOFILL_NAMESPACES.some((ns) => String(source).startsWith(ns + '.'))) {
      add(check, at + '/autofill', `Nguồn điền sẵn “${String(source)}” phải bắt đầu bằng identity. hoặc personalData.`);
    }
  }
  if (field.component !== undefined && !(check.definition.components ?? []).some((component) => component.code === field.component)) {
    add(check, at + '/component', `Thành phần hồ sơ “${String(field.component)}” không được khai báo trong components của biểu mẫu`);
  }
}

function checkEntry(check: LayoutCheck, entry: unknown, base: string[], at: string): void {
  const field = (typeof entry === 'string' ? { path: entry } : entry) as LayoutField;
  if (!isPlainObject(field) || typeof field.path !== 'string') return add(check, at, 'Mỗi trường trong bố cục phải là một đường dẫn hoặc một đối tượng có path');
  const relative = parseFieldPath(field.path);
  const segments = [...base, ...relative];
  const name = toDotted(segments);
  const root = check.definition.schema;
  const node = schemaAtFieldPath(root, segments);
  if (!node) return add(check, at, `Bố cục tham chiếu trường “${name}” không có trong lược đồ`);
  const array = crossesArray(root, segments, base.length);
  if (array) add(check, at, `Trường “${name}” nằm trong danh sách “${array}”: hãy khai báo nó trong fields của danh sách`);
  if (check.placed.has(name)) add(check, at, `Trường “${name}” xuất hiện nhiều lần trong bố cục`);
  check.placed.add(name);
  checkWidget(check, field, node, name, at);
  checkExtras(check, field, at);
  if (field.fields !== undefined) {
    const container = typeOf(node) === 'array' ? itemsOf(root, node) : node;
    if (typeOf(container) !== 'object' || !Array.isArray(field.fields)) {
      return add(check, at + '/fields', `Chỉ nhóm thông tin hoặc danh sách nhóm mới có fields; “${name}” không phải`);
    }
    // Sub-fields are checked, but the container stays placed as a whole for the coverage check.
    field.fields.forEach((child, index) => checkEntry({ ...check, placed: new Set() }, child, segments, `${at}/fields/${index}`));
  }
}

function checkSections(check: LayoutCheck, sections: unknown, at: string): void {
  if (!Array.isArray(sections)) return add(check, at, 'Danh sách mục (sections) phải là một mảng');
  sections.forEach((section, index) => {
    const where = `${at}/${index}`;
    if (!isPlainObject(section) || typeof section.id !== 'string' || section.id === '') return add(check, where, 'Mỗi mục phải có id');
    if (check.ids.has('section:' + section.id)) add(check, where + '/id', `Mã mục “${section.id}” bị trùng`);
    check.ids.add('section:' + section.id);
    if (!Array.isArray(section.fields)) return add(check, where + '/fields', `Mục “${section.id}” phải có danh sách trường (fields)`);
    section.fields.forEach((entry, fieldIndex) => checkEntry(check, entry, [], `${where}/fields/${fieldIndex}`));
  });
}

/** Required fields that no layout entry covers, walking only through required objects. */
function uncoveredRequired(check: LayoutCheck, node: SchemaNode | undefined, prefix: string[]): void {
  const root = check.definition.schema;
  for (const key of requiredOf(root, node)) {
    const segments = [...prefix, key];
    const name = toDotted(segments);
    const covered = [...check.placed].some((placed) => name === placed || name.startsWith(placed + '.'));
    if (covered) continue;
    const child = propertiesOf(root, node).get(key);
    const partly = [...check.placed].some((placed) => placed.startsWith(name + '.'));
    if (partly && typeOf(child) === 'object') uncoveredRequired(check, child, segments);
    else add(check, '/layout', `Trường bắt buộc “${titleOf(child, key)}” (${name}) không có trong bố cục nên người nộp không thể khai`);
  }
}

/** Findings for the layout; none when the layout is absent (the schema's order is used). */
export function layoutFindings(definition: FormDefinition): FormFinding[] {
  const layout: unknown = definition.layout;
  if (layout === undefined) return [];
  const check: LayoutCheck = { definition, findings: [], placed: new Set(), ids: new Set() };
  if (!isPlainObject(layout)) return [{ path: '/layout', message: 'Bố cục (layout) phải là một đối tượng' }];
  if (layout.pages !== undefined && layout.sections !== undefined) add(check, '/layout', 'Bố cục chỉ khai báo pages hoặc sections, không cả hai');
  if (layout.pages !== undefined) {
    if (!Array.isArray(layout.pages)) return [{ path: '/layout/pages', message: 'Danh sách trang (pages) phải là một mảng' }];
    layout.pages.forEach((page, index) => {
      const at = `/layout/pages/${index}`;
      if (!isPlainObject(page) || typeof page.id !== 'string' || page.id === '') return add(check, at, 'Mỗi trang phải có id');
      if (check.ids.has('page:' + page.id)) add(check, at + '/id', `Mã trang “${page.id}” bị trùng`);
      check.ids.add('page:' + page.id);
      if (typeof page.title !== 'string' || page.title.trim() === '') add(check, at + '/title', `Trang “${page.id}” phải có tiêu đề`);
      checkSections(check, page.sections, at + '/sections');
    });
  } else if (layout.sections !== undefined) checkSections(check, layout.sections, '/layout/sections');
  if (check.placed.size > 0) uncoveredRequired(check, deref(definition.schema, definition.schema), []);
  return check.findings;
}
