import { h } from '@bpmn-io/properties-panel/preact';
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

/** What the server answers about one condition (POST /api/admin/feel/check). */
export interface FeelVerdict {
  valid: boolean;
  message?: string;
}

/** Asks the server; injected into the modeler as the `feelChecker` service. */
export type FeelChecker = (expression: string) => Promise<FeelVerdict>;

interface EntryProps { element: unknown; id: string }

/** Waits this long after the last change before asking, so typing does not send a request per key. */
const PAUSE_MS = 300;

function conditionOf(element: unknown): string | null {
  const condition = getBusinessObject(element as never).get('conditionExpression') as { get(name: string): unknown } | undefined;
  if (!condition || condition.get('language')) return null;
  return (condition.get('body') as string | undefined) ?? '';
}

/**
 * Kiểm tra điều kiện FEEL: shown under a sequence flow's condition expression. The panel redraws
 * the entry on every change of the condition (its own field is debounced), and the entry asks the
 * server, which parses with the engine's FEEL parser, so the verdict is the one deployment gives.
 */
export function FeelCheckEntry({ element, id }: EntryProps) {
  const check = useService('feelChecker') as FeelChecker;
  const expression = conditionOf(element);
  const [verdict, setVerdict] = useState<{ expression: string; answer: FeelVerdict | null } | null>(null);

  useEffect(() => {
    if (expression === null || expression.trim() === '') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      check(expression).then(
        (answer) => current && setVerdict({ expression, answer }),
        () => current && setVerdict({ expression, answer: null }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [expression]);

  if (expression === null) return null;
  let text = 'Nhập điều kiện FEEL, ví dụ: action = "approve"';
  let kind = 'pending';
  if (expression.trim() !== '' && verdict?.expression === expression) {
    if (!verdict.answer) [text, kind] = ['Không kiểm tra được điều kiện lúc này (mất kết nối máy chủ).', 'pending'];
    else if (verdict.answer.valid) [text, kind] = ['Điều kiện FEEL hợp lệ.', 'valid'];
    else [text, kind] = [verdict.answer.message ?? 'Điều kiện không hợp lệ.', 'invalid'];
  } else if (expression.trim() !== '') {
    text = 'Đang kiểm tra điều kiện…';
  }
  return h('div', { class: `tthc-feel-check tthc-feel-${kind}`, id, role: 'status', 'aria-live': 'polite', 'data-verdict': kind }, text);
}
