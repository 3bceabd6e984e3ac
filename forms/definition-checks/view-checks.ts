/**
 * Checks of the per-step views and of the declared dossier components: every path names a field,
 * every editable field is visible, component codes are unique.
 */
import type { FormDefinition, FormFinding, SchemaNode } from '../definition';
import { isPlainObject } from '../json';
import { schemaAtFieldPath } from '../schema-walk';
import { ALL_FIELDS_VIEW, normalizeViewPath, viewPathCovers } from '../views';

function pathExists(root: SchemaNode, normalised: string[]): boolean {
  const wildcard = normalised.indexOf('*');
  const fixed = wildcard >= 0 ? normalised.slice(0, wildcard) : normalised;
  return schemaAtFieldPath(root, fixed) !== undefined;
}

function pathList(findings: FormFinding[], value: unknown, at: string): string[] {
  if (Array.isArray(value) && value.every((path) => typeof path === 'string')) return value;
  findings.push({ path: at, message: 'Phải là danh sách các đường dẫn trường' });
  return [];
}

/** Findings for `views`; none when the definition has no views. */
export function viewFindings(definition: FormDefinition): FormFinding[] {
  const views: unknown = definition.views;
  if (views === undefined) return [];
  if (!isPlainObject(views)) return [{ path: '/views', message: 'Khung nhìn (views) phải là một đối tượng' }];
  const findings: FormFinding[] = [];
  for (const [name, view] of Object.entries(views)) {
    const at = `/views/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (name.trim() === '' || name === ALL_FIELDS_VIEW) {
      findings.push({ path: at, message: `Tên khung nhìn “${name}” không hợp lệ` });
      continue;
    }
    if (!isPlainObject(view)) {
      findings.push({ path: at, message: `Khung nhìn “${name}” phải có visible và editable` });
      continue;
    }
    const normalise = (path: string) => normalizeViewPath(definition.schema, path);
    const visible = pathList(findings, view.visible, at + '/visible');
    const editable = pathList(findings, view.editable, at + '/editable');
    for (const [list, key] of [[visible, 'visible'], [editable, 'editable']] as const) {
      list.forEach((path, index) => {
        if (!pathExists(definition.schema, normalise(path))) {
          findings.push({ path: `${at}/${key}/${index}`, message: `Khung nhìn “${name}” tham chiếu trường “${path}” không có trong lược đồ` });
        }
      });
    }
    editable.forEach((path, index) => {
      if (!visible.some((shown) => viewPathCovers(normalise(shown), normalise(path)))) {
        findings.push({ path: `${at}/editable/${index}`, message: `Khung nhìn “${name}” cho sửa trường “${path}” nhưng không hiển thị trường đó` });
      }
    });
  }
  return findings;
}

/** Findings for `components`, the dossier components the form expects. */
export function componentFindings(definition: FormDefinition): FormFinding[] {
  const components: unknown = definition.components;
  if (components === undefined) return [];
  if (!Array.isArray(components)) return [{ path: '/components', message: 'Thành phần hồ sơ (components) phải là một danh sách' }];
  const findings: FormFinding[] = [];
  const codes = new Set<string>();
  components.forEach((component, index) => {
    const at = `/components/${index}`;
    if (!isPlainObject(component) || typeof component.code !== 'string' || component.code.trim() === '') {
      findings.push({ path: at, message: 'Mỗi thành phần hồ sơ phải có mã (code)' });
      return;
    }
    if (codes.has(component.code)) findings.push({ path: at + '/code', message: `Mã thành phần hồ sơ “${component.code}” bị trùng` });
    codes.add(component.code);
    if (typeof component.name !== 'string' || component.name.trim() === '') {
      findings.push({ path: at + '/name', message: `Thành phần hồ sơ “${component.code}” phải có tên` });
    }
    if (typeof component.required !== 'boolean') {
      findings.push({ path: at + '/required', message: `Thành phần hồ sơ “${component.code}” phải nêu rõ có bắt buộc hay không` });
    }
  });
  return findings;
}
