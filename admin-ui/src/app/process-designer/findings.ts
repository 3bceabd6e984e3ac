import type BpmnModeler from 'bpmn-js/lib/Modeler';
import type { FieldProblem } from '../api/api-error';

/** One validation finding of the server, tied to a diagram element when its path names one. */
export interface Finding {
  elementId: string | null;
  elementName: string;
  message: string;
}

interface ElementRegistry { get(id: string): { id: string; businessObject?: { name?: string } } | undefined }
interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void; scrollToElement(element: object): void }
interface Selection { select(element: object): void }

const OVERLAY = 'server-finding';
const MARKER = 'has-finding';

/**
 * The 422 details name an element by its id (`path` is the id, possibly as a JSON pointer such as
 * `/Task_1` or `/Task_1/conditionExpression`). A path naming no element is a diagram-wide finding.
 */
export function toFindings(modeler: BpmnModeler, details: readonly FieldProblem[]): Finding[] {
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  return details.map(({ path, message }) => {
    const candidates = [path, ...path.split('/').filter(Boolean)];
    const element = candidates.map((id) => registry.get(id)).find(Boolean);
    return { elementId: element?.id ?? null, elementName: element?.businessObject?.name ?? element?.id ?? '', message };
  });
}

/** Puts a red marker and a numbered badge on every element that has findings. */
export function showFindings(modeler: BpmnModeler, findings: readonly Finding[]): void {
  clearFindings(modeler);
  const overlays = modeler.get<Overlays>('overlays');
  const canvas = modeler.get<Canvas>('canvas');
  const byElement = new Map<string, string[]>();
  for (const f of findings) if (f.elementId) byElement.set(f.elementId, [...(byElement.get(f.elementId) ?? []), f.message]);
  for (const [id, messages] of byElement) {
    canvas.addMarker(id, MARKER);
    const badge = document.createElement('div');
    badge.className = 'finding-badge';
    badge.textContent = String(messages.length);
    // textContent, never innerHTML: the messages come from the server and may quote user input.
    badge.title = messages.join('\n');
    overlays.add(id, OVERLAY, { position: { top: -10, right: 10 }, html: badge });
  }
  markedIds.set(modeler, [...byElement.keys()]);
}

const markedIds = new WeakMap<BpmnModeler, string[]>();

export function clearFindings(modeler: BpmnModeler): void {
  modeler.get<Overlays>('overlays').remove({ type: OVERLAY });
  const canvas = modeler.get<Canvas>('canvas');
  for (const id of markedIds.get(modeler) ?? []) canvas.removeMarker(id, MARKER);
  markedIds.delete(modeler);
}

/** Selects the element and brings it into view; the properties panel follows the selection. */
export function revealElement(modeler: BpmnModeler, elementId: string): void {
  const element = modeler.get<ElementRegistry>('elementRegistry').get(elementId);
  if (!element) return;
  modeler.get<Canvas>('canvas').scrollToElement(element);
  modeler.get<Selection>('selection').select(element);
}
