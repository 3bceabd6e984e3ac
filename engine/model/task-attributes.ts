import { stringProperty, type ModdleElement } from './moddle';
import { DEFAULT_TASK_ACTIONS, isBudgetUnit, isTaskAction, type Budget, type TaskAction } from './vocabulary';

/**
 * What a user task (bước xử lý) says about itself: who may do it, where, how long it may take,
 * which buttons it offers and which form view it shows (REQUIREMENTS B1). Roles come from
 * `camunda:candidateGroups`; the rest from our `tthc:` attributes.
 */
export interface UserTaskAttributes {
  /** Candidate groups, in the order the diagram lists them; the first is the task's role. */
  roles: string[];
  /** Department code (mã phòng ban), when the step belongs to one. */
  department?: string;
  /**
   * Agency code (mã định danh cơ quan) of an inter-agency step (bước liên thông, D8) performed by
   * another agency on the platform; absent, the step belongs to the dossier's agency.
   */
  agency?: string;
  budget?: Budget;
  actions: TaskAction[];
  formView?: string;
}

export interface AttributeProblem {
  code: 'INVALID_BUDGET' | 'UNKNOWN_ACTION' | 'INVALID_DEPARTMENT' | 'INVALID_AGENCY' | 'INVALID_FORM_VIEW';
  message: string;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const BUDGET_PATTERN = /^\d{1,4}(\.\d{1,2})?$/;

/** Reads and checks the attributes of a bpmn:UserTask; problems are reported, never thrown. */
export function readUserTask(element: ModdleElement): { attributes: UserTaskAttributes; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const attributes: UserTaskAttributes = {
    roles: splitList(stringProperty(element, 'candidateGroups')),
    actions: readActions(stringProperty(element, 'actions'), problems),
  };
  const budget = readBudget(stringProperty(element, 'budget'), stringProperty(element, 'budgetUnit'), problems);
  if (budget) attributes.budget = budget;
  const department = stringProperty(element, 'department')?.trim();
  if (department !== undefined) {
    if (CODE_PATTERN.test(department)) attributes.department = department;
    else problems.push({ code: 'INVALID_DEPARTMENT', message: `mã phòng ban "${department}" không hợp lệ (chữ, số, "_", "-", ".")` });
  }
  const agency = stringProperty(element, 'agency')?.trim();
  if (agency !== undefined) {
    if (CODE_PATTERN.test(agency)) attributes.agency = agency;
    else problems.push({ code: 'INVALID_AGENCY', message: `mã định danh cơ quan "${agency}" không hợp lệ` });
  }
  const formView = stringProperty(element, 'formView')?.trim();
  if (formView !== undefined) {
    if (CODE_PATTERN.test(formView)) attributes.formView = formView;
    else problems.push({ code: 'INVALID_FORM_VIEW', message: `tên khung nhìn biểu mẫu "${formView}" không hợp lệ` });
  }
  return { attributes, problems };
}

function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return [...new Set(value.split(',').map((item) => item.trim()).filter((item) => item !== ''))];
}

function readActions(value: string | undefined, problems: AttributeProblem[]): TaskAction[] {
  if (value === undefined) return [...DEFAULT_TASK_ACTIONS];
  const listed = splitList(value);
  const unknown = listed.filter((action) => !isTaskAction(action));
  if (unknown.length > 0) {
    problems.push({ code: 'UNKNOWN_ACTION', message: `thao tác không thuộc danh mục: ${unknown.join(', ')}` });
  }
  if (listed.length === 0) {
    problems.push({ code: 'UNKNOWN_ACTION', message: 'thuộc tính tthc:actions không liệt kê thao tác nào' });
  }
  return listed.filter(isTaskAction);
}

function readBudget(value: string | undefined, unit: string | undefined, problems: AttributeProblem[]): Budget | undefined {
  if (value === undefined && unit === undefined) return undefined;
  const text = value?.trim() ?? '';
  const amount = Number(text);
  if (!BUDGET_PATTERN.test(text) || !(amount > 0)) {
    problems.push({ code: 'INVALID_BUDGET', message: `thời hạn "${value ?? ''}" phải là số dương, ví dụ 2 hoặc 0.5` });
    return undefined;
  }
  if (unit === undefined || !isBudgetUnit(unit.trim())) {
    problems.push({ code: 'INVALID_BUDGET', message: `đơn vị thời hạn "${unit ?? ''}" phải là working_days hoặc working_hours` });
    return undefined;
  }
  return { value: amount, unit: unit.trim() as Budget['unit'] };
}
