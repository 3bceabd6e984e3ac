import BpmnModdle, { type ModdleElement, type ParseResult } from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json';
import tthcDescriptor from '../tthc-moddle.json';

export type { ModdleElement, ParseResult };

/*
 * One moddle for the whole process: it only holds the immutable type registry built from the
 * descriptors, and building that registry costs more than a small parse. Without a descriptor
 * moddle keeps unknown attributes in `$attrs`, but the engine's serializer drops them, which is why
 * our own attributes have a descriptor and camunda's is loaded too (DESIGN decision 5).
 */
const moddle = new BpmnModdle({ camunda: camundaDescriptor, tthc: tthcDescriptor });

/** Parses BPMN 2.0 XML into moddle elements; throws on XML that is not well-formed. */
export function parseBpmnXml(xml: string): Promise<ParseResult> {
  return moddle.fromXML(xml);
}

/** Reads a property that a descriptor declared, or undefined. */
export function stringProperty(element: ModdleElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' ? value : undefined;
}

/** The child list of a many-valued property (flowElements, eventDefinitions, ...), never undefined. */
export function manyProperty(element: ModdleElement, name: string): ModdleElement[] {
  const value = element[name];
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

/** The element a reference property points to (sourceRef, attachedToRef, default, ...). */
export function referenceProperty(element: ModdleElement, name: string): ModdleElement | undefined {
  const value = element[name];
  return value && typeof value === 'object' && '$type' in value ? (value as ModdleElement) : undefined;
}
