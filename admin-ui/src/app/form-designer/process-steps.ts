/** A user task of the bound process, as the form designer needs it: which view it opens. */
export interface ProcessStep {
  id: string;
  name: string;
  role: string;
  formView: string;
}

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

/**
 * The user tasks of a BPMN diagram with their role and form view, read with the browser's XML
 * parser: the designer only lists them, the server validates the diagram when it is deployed.
 */
export function processSteps(xml: string): ProcessStep[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length) return [];
  return Array.from(document.getElementsByTagNameNS(BPMN, 'userTask')).map((task) => ({
    id: task.getAttribute('id') ?? '',
    name: task.getAttribute('name') ?? task.getAttribute('id') ?? '',
    role: task.getAttributeNS(CAMUNDA, 'candidateGroups') ?? '',
    formView: Array.from(task.attributes).find((a) => a.localName === 'formView')?.value ?? '',
  }));
}
