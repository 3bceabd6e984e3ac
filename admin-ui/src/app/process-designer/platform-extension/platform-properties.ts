import { isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { FeelCheckEntry } from './feel-check-entry';
import {
  BudgetEntry, BudgetUnitEntry, DepartmentEntry, FormViewEntry, OutcomeEntry, RoleEntry, actionEntry,
} from './task-entries';
import { TASK_ACTIONS, type TaskAction } from './vocabulary';

interface Entry { id: string; element: unknown; component: unknown; isEdited: unknown }
interface Group { id: string; label: string; entries: Entry[] }
interface PropertiesPanel { registerProvider(priority: number, provider: object): void }

function taskGroups(element: unknown): Group[] {
  return [
    {
      id: 'tthc-task',
      label: 'Thuộc tính xử lý hồ sơ',
      entries: [
        { id: 'tthc-role', element, component: RoleEntry, isEdited: isSelectEntryEdited },
        { id: 'tthc-department', element, component: DepartmentEntry, isEdited: isTextFieldEntryEdited },
        { id: 'tthc-budget', element, component: BudgetEntry, isEdited: isTextFieldEntryEdited },
        { id: 'tthc-budget-unit', element, component: BudgetUnitEntry, isEdited: isSelectEntryEdited },
        { id: 'tthc-form-view', element, component: FormViewEntry, isEdited: isTextFieldEntryEdited },
      ],
    },
    {
      id: 'tthc-actions',
      label: 'Thao tác được phép',
      entries: (Object.keys(TASK_ACTIONS) as TaskAction[]).map((action) => (
        { id: `tthc-action-${action}`, element, component: actionEntry(action), isEdited: isCheckboxEntryEdited })),
    },
  ];
}

/**
 * Puts the platform's attributes right after "Chung": for a user task its role, department, time
 * budget, form view and actions; for an end event its outcome; for a conditional flow, the FEEL
 * check of its condition.
 */
class PlatformPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: PropertiesPanel) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: unknown) {
    return (groups: Group[]) => {
      let added: Group[] = [];
      if (is(element as never, 'bpmn:UserTask')) added = taskGroups(element);
      else if (is(element as never, 'bpmn:EndEvent')) {
        added = [{ id: 'tthc-outcome', label: 'Kết quả giải quyết', entries: [{ id: 'tthc-outcome', element, component: OutcomeEntry, isEdited: isSelectEntryEdited }] }];
      }
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, ...added);
      // The check sits right under the condition's own field, in the standard "Điều kiện" group.
      const condition = is(element as never, 'bpmn:SequenceFlow') ? groups.find((g) => g.id === 'CamundaPlatform__Condition') : undefined;
      const field = condition?.entries.findIndex((e) => e.id === 'conditionExpression') ?? -1;
      if (condition && field >= 0) {
        condition.entries.splice(field + 1, 0, { id: 'tthc-feel-check', element, component: FeelCheckEntry, isEdited: () => false });
      }
      return groups;
    };
  }
}

export const PlatformPropertiesModule = {
  __init__: ['platformPropertiesProvider'],
  platformPropertiesProvider: ['type', PlatformPropertiesProvider],
};
