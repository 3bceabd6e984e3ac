import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { AGENCY_GRANTABLE_ROLES, ROLE_LABELS } from '../../session/roles';

interface Entry { id: string; element: unknown; component: unknown; isEdited: unknown }
interface Group { id: string; label: string; entries: Entry[] }
interface PropertiesPanel { registerProvider(priority: number, provider: object): void }
interface Modeling { updateProperties(element: unknown, properties: Record<string, unknown>): void }

/** Roles that work dossiers; a user task names one of them in camunda:candidateGroups. */
const TASK_ROLES = AGENCY_GRANTABLE_ROLES.filter((role) => role !== 'agency_admin');

/** Vai trò xử lý: the role whose officers see the task, from the platform's fixed list. */
function RoleEntry(props: { element: unknown; id: string }) {
  const { element, id } = props;
  const modeling = useService('modeling') as Modeling;
  const current = () => (getBusinessObject(element as never).get('camunda:candidateGroups') as string | undefined) ?? '';
  const getOptions = () => {
    const value = current();
    const options = [{ value: '', label: '— Chọn vai trò —' }, ...TASK_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))];
    // A diagram from elsewhere may name a group we do not know: keep it visible rather than lose it.
    if (value && !TASK_ROLES.includes(value as never)) options.push({ value, label: `${value} (không thuộc danh mục vai trò)` });
    return options;
  };
  return h(SelectEntry, {
    id, element, label: 'Vai trò xử lý',
    description: 'Cán bộ có vai trò này trong cơ quan được giao bước xử lý.',
    getValue: current,
    setValue: (value: string) => modeling.updateProperties(element, { 'camunda:candidateGroups': value || undefined }),
    getOptions,
  });
}

/**
 * Adds the group "Thuộc tính xử lý hồ sơ" on top of user tasks. Today it edits the role; the
 * department, time budget, actions and form view join it once the platform's moddle descriptor is
 * loaded (platform-moddle.ts).
 */
class PlatformPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: PropertiesPanel) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: unknown) {
    return (groups: Group[]) => {
      if (!is(element as never, 'bpmn:UserTask')) return groups;
      const group: Group = {
        id: 'platform-task',
        label: 'Thuộc tính xử lý hồ sơ',
        entries: [{ id: 'platform-role', element, component: RoleEntry, isEdited: isSelectEntryEdited }],
      };
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, group);
      return groups;
    };
  }
}

export const PlatformPropertiesModule = {
  __init__: ['platformPropertiesProvider'],
  platformPropertiesProvider: ['type', PlatformPropertiesProvider],
};
