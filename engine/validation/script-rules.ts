import type { ModdleElement } from '../model/moddle';
import { label, type FindingList } from './findings';

/*
 * Scripts and JavaScript-style expressions are refused wherever they appear in the document, in any
 * namespace: bpmn-engine would run `language="js"` in Node's `vm`, which is not a sandbox, and
 * `${...}` is how JUEL and bpmn-engine expressions reach into objects and call functions. The
 * runtime never evaluates either (see runtime/), so this rule is the designer's early warning,
 * not the only line of defence.
 */

const SCRIPT_TYPES = new Set(['bpmn:ScriptTask', 'camunda:Script']);
const LANGUAGE_KEYS = new Set(['language', 'scriptFormat']);
/** `language="feel"` (or FEEL's namespace URI) states what we evaluate anyway, so it is accepted. */
const FEEL_LANGUAGE = /^(feel|https?:\/\/www\.omg\.org\/spec\/(dmn\/\d+\/)?feel\/?(\d+\/?)?)$/i;
const JS_EXPRESSION = /[$#]\{/;
/** Free text for people: never evaluated, so `${` there is harmless. */
const PROSE_TYPES = new Set(['bpmn:Documentation', 'bpmn:TextAnnotation']);
const DIAGRAM_PREFIXES = ['bpmndi:', 'dc:', 'di:'];

/** Reports scripts and `${...}` / `#{...}` expressions anywhere under the definitions element. */
export function checkScripts(definitions: ModdleElement, findings: FindingList): void {
  const reported = new Set<string>();
  const report = (code: 'SCRIPT_FORBIDDEN' | 'EXPRESSION_FORBIDDEN', owner: ModdleElement | undefined, message: string) => {
    const key = `${code}:${owner?.id ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    findings.add(code, message, owner?.id);
  };
  walk(definitions, undefined, new Set(), (element, owner, key, value) => {
    const who = owner ? `Phần tử ${label(owner)}` : 'Tệp BPMN';
    if (key === undefined || value === undefined) {
      if (SCRIPT_TYPES.has(element.$type)) {
        report('SCRIPT_FORBIDDEN', owner, `${who} chứa mã script (${element.$type}); hệ thống không chạy script từ sơ đồ.`);
      }
      return;
    }
    const localKey = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
    if (LANGUAGE_KEYS.has(localKey) && value.trim() !== '' && !FEEL_LANGUAGE.test(value.trim())) {
      report('SCRIPT_FORBIDDEN', owner, `${who} khai báo ngôn ngữ script "${value}"; chỉ chấp nhận biểu thức FEEL.`);
    }
    if (JS_EXPRESSION.test(value) && !PROSE_TYPES.has(element.$type)) {
      report('EXPRESSION_FORBIDDEN', owner, `${who} chứa biểu thức dạng \${...}; hãy viết điều kiện bằng FEEL, ví dụ: action = "approve".`);
    }
  });
}

type Visitor = (element: ModdleElement, owner: ModdleElement | undefined, key?: string, value?: string) => void;

function walk(element: ModdleElement, owner: ModdleElement | undefined, seen: Set<object>, visit: Visitor): void {
  if (seen.has(element)) return;
  seen.add(element);
  if (DIAGRAM_PREFIXES.some((prefix) => element.$type?.startsWith(prefix))) return;
  const self = element.id && element.$type?.startsWith('bpmn:') ? element : owner;
  visit(element, self);
  // Attributes of namespaces without a descriptor are kept aside by moddle, in $attrs.
  for (const [key, value] of Object.entries(element.$attrs ?? {})) {
    if (typeof value === 'string' && !key.startsWith('xmlns')) visit(element, self, key, value);
  }
  for (const key of Object.keys(element)) {
    if (key === '$type' || key.startsWith('xmlns')) continue;
    visitValue(element, self, key, element[key], seen, visit);
  }
}

function visitValue(element: ModdleElement, owner: ModdleElement | undefined, key: string, value: unknown, seen: Set<object>, visit: Visitor): void {
  if (typeof value === 'string') {
    visit(element, owner, key, value);
  } else if (Array.isArray(value)) {
    for (const item of value) visitValue(element, owner, key, item, seen, visit);
  } else if (value && typeof value === 'object' && '$type' in value) {
    walk(value as ModdleElement, owner, seen, visit);
  }
}
