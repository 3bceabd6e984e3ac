import { getDate, ISOInterval, parseDuration } from '@0dep/piso';
import { referenceProperty, stringProperty, type ModdleElement } from './moddle';

/**
 * A timer as a diagram states it: an ISO 8601 duration (`PT2H`), date (`2026-03-02T08:00:00+07:00`)
 * or repeating cycle (`R3/PT1H`). Timers are calendar time; a step's working-time budget is a
 * separate attribute computed by the working calendar.
 */
export type TimerType = 'timeDuration' | 'timeDate' | 'timeCycle';

export interface TimerSpec {
  type: TimerType;
  value: string;
}

const TIMER_TYPES: TimerType[] = ['timeDuration', 'timeDate', 'timeCycle'];

/** Reads the single timer value of a bpmn:TimerEventDefinition, or says why it is unusable. */
export function readTimer(definition: ModdleElement): { spec: TimerSpec } | { problem: string } {
  const present = TIMER_TYPES.flatMap((type) => {
    const expression = referenceProperty(definition, type);
    return expression ? [{ type, value: (stringProperty(expression, 'body') ?? '').trim() }] : [];
  });
  if (present.length !== 1) return { problem: 'phải có đúng một giá trị hẹn giờ (timeDuration, timeDate hoặc timeCycle)' };
  const spec = present[0];
  const problem = checkValue(spec);
  return problem ? { problem } : { spec };
}

function checkValue({ type, value }: TimerSpec): string | undefined {
  try {
    switch (type) {
      case 'timeDuration':
        if (!value.startsWith('P')) return `"${value}" không phải khoảng thời gian ISO 8601 (ví dụ PT2H, P1D)`;
        parseDuration(value);
        return undefined;
      case 'timeDate':
        if (Number.isNaN(getDate(value).getTime())) return `"${value}" không phải thời điểm ISO 8601`;
        // Without an offset the instant would depend on the server's time zone.
        if (!/T[\d:.,]+(Z|[+-]\d{2}(:?\d{2})?)$/.test(value)) return `thời điểm "${value}" phải ghi rõ múi giờ, ví dụ 2026-04-01T08:00:00+07:00`;
        return undefined;
      case 'timeCycle': {
        const interval = new ISOInterval(value).parse();
        if (interval.repeat === undefined || !interval.duration) return `"${value}" không phải chu kỳ ISO 8601 (ví dụ R3/PT1H)`;
        return undefined;
      }
    }
  } catch {
    // piso explains the syntax error in English; the designer gets the value and the expected form.
    return `"${value}" không đúng định dạng ISO 8601 cho ${type}`;
  }
}

/** When a timer armed at `now` falls due. Date timers fall due at their date, even a past one. */
export function computeDueAt(spec: TimerSpec, now: Date): Date {
  if (spec.type === 'timeDate') return getDate(spec.value);
  return new ISOInterval(spec.value).parse().getExpireAt(now, now);
}
