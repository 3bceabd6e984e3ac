/**
 * Just enough typing for bpmn-moddle 9, which ships none. Elements are moddle objects: their
 * properties come from the loaded descriptors (bpmn, camunda, tthc), attributes of unknown
 * namespaces stay in `$attrs`.
 */
declare module 'bpmn-moddle' {
  export interface ModdleDescriptorProperty {
    name: string;
    ns: { localName: string; prefix: string; name: string };
    type: string;
    isMany?: boolean;
    isReference?: boolean;
    isAttr?: boolean;
    isBody?: boolean;
  }

  export interface ModdleElement {
    $type: string;
    $parent?: ModdleElement;
    $attrs: Record<string, string>;
    $body?: string;
    $descriptor?: { properties: ModdleDescriptorProperty[] };
    id?: string;
    name?: string;
    [property: string]: unknown;
  }

  export type BaseElement = ModdleElement;
  export type Definitions = ModdleElement;

  export interface ParseWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: unknown;
    error?: Error;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    elementsById: Record<string, ModdleElement>;
    references: unknown[];
    warnings: ParseWarning[];
  }

  export default class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ParseResult>;
  }
}
