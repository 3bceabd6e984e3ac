import { CheckboxEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { AGENCY_GRANTABLE_ROLES, ROLE_LABELS } from '../../session/roles';
import {
  BUDGET_PATTERN, BUDGET_UNITS, BUDGET_UNIT_LABELS, CODE_PATTERN, DEFAULT_TASK_ACTIONS, OUTCOMES, TASK_ACTIONS, type TaskAction,
} from './vocabulary';

interface EntryProps { element: unknown; id: string }
interface Modeling { updateProperties(element: unknown, properties: Record<string, unknown>): void }

/** Roles that work dossiers; a user task names its role in camunda:candidateGroups. */
const TASK_ROLES: string[] = AGENCY_GRANTABLE_ROLES.filter((role) => role !== 'agency_admin');

function attribute(element: unknown, name: string): string {
  return (getBusinessObject(element as never).get(name) as string | undefined) ?? '';
}

/** Writes one attribute through the command stack, so that undo and redo work; '' removes it. */
function useSetter(element: unknown, name: string): (value: string) => void {
  const modeling = useService('modeling') as Modeling;
  return (value: string) => modeling.updateProperties(element, { [name]: value === '' ? undefined : value });
}

/** Vai trò xử lý: camunda:candidateGroups, chosen from the platform's roles. */
export function RoleEntry({ element, id }: EntryProps) {
  const current = () => attribute(element, 'camunda:candidateGroups');
  return h(SelectEntry, {
    id, element, label: 'Vai trò xử lý',
    description: 'Cán bộ có vai trò này trong cơ quan được giao bước xử lý.',
    getValue: current,
    setValue: useSetter(element, 'camunda:candidateGroups'),
    getOptions: () => {
      const value = current();
      const options = [{ value: '', label: '— Chọn vai trò —' }, ...TASK_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role as keyof typeof ROLE_LABELS] }))];
      // A diagram from elsewhere may name a group we do not know: keep it visible rather than lose it.
      if (value && !TASK_ROLES.includes(value)) options.push({ value, label: `${value} (không thuộc danh mục vai trò)` });
      return options;
    },
  });
}

function textEntry(name: string, label: string, description: string, validate: (value: string) => string | null) {
  return function Entry({ element, id }: EntryProps) {
    return h(TextFieldEntry, {
      id, element, label, description,
      debounce: useService('debounceInput'),
      getValue: () => attribute(element, name),
      setValue: useSetter(element, name),
      validate: (value: string | undefined) => (value ? validate(value.trim()) : null),
    });
  };
}

export const DepartmentEntry = textEntry('tthc:department', 'Phòng xử lý', 'Mã phòng chuyên môn thực hiện bước này, ví dụ QLXD. Để trống nếu cả cơ quan.',
  (v) => (CODE_PATTERN.test(v) ? null : 'Mã phòng chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.'));

export const BudgetEntry = textEntry('tthc:budget', 'Thời hạn xử lý', 'Số ngày hoặc giờ làm việc dành cho bước này, ví dụ 2 hoặc 0.5.',
  (v) => (BUDGET_PATTERN.test(v) && Number(v) > 0 ? null : 'Thời hạn phải là số dương, tối đa hai chữ số thập phân.'));

export const FormViewEntry = textEntry('tthc:formView', 'Khung nhìn biểu mẫu', 'Tên khung nhìn của biểu mẫu điện tử ở bước này (trường được xem, được sửa).',
  (v) => (CODE_PATTERN.test(v) ? null : 'Tên khung nhìn chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.'));

export function BudgetUnitEntry({ element, id }: EntryProps) {
  return h(SelectEntry, {
    id, element, label: 'Đơn vị thời hạn',
    getValue: () => attribute(element, 'tthc:budgetUnit'),
    setValue: useSetter(element, 'tthc:budgetUnit'),
    getOptions: () => [{ value: '', label: '— Chọn đơn vị —' }, ...BUDGET_UNITS.map((unit) => ({ value: unit, label: BUDGET_UNIT_LABELS[unit] }))],
  });
}

function listedActions(element: unknown): TaskAction[] {
  const value = attribute(element, 'tthc:actions');
  if (!value) return [...DEFAULT_TASK_ACTIONS];
  return value.split(',').map((a) => a.trim()).filter((a): a is TaskAction => Object.hasOwn(TASK_ACTIONS, a));
}

/** One checkbox per action; together they write tthc:actions as a comma-separated list. */
export function actionEntry(action: TaskAction) {
  return function ActionEntry({ element, id }: EntryProps) {
    const set = useSetter(element, 'tthc:actions');
    return h(CheckboxEntry, {
      id, element, label: TASK_ACTIONS[action],
      getValue: () => listedActions(element).includes(action),
      setValue: (checked: boolean) => {
        const others = listedActions(element).filter((a) => a !== action);
        const next = (Object.keys(TASK_ACTIONS) as TaskAction[]).filter((a) => (a === action ? checked : others.includes(a)));
        set(next.join(','));
      },
    });
  };
}

/** Kết quả giải quyết of an end event: tthc:outcome, which the dossier status follows. */
export function OutcomeEntry({ element, id }: EntryProps) {
  return h(SelectEntry, {
    id, element, label: 'Kết quả khi kết thúc',
    description: 'Trạng thái hồ sơ khi quy trình đi tới sự kiện kết thúc này.',
    getValue: () => attribute(element, 'tthc:outcome'),
    setValue: useSetter(element, 'tthc:outcome'),
    getOptions: () => [{ value: '', label: '— Không đặt —' }, ...Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))],
  });
}
