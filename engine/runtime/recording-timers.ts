/**
 * The `timers` implementation handed to bpmn-engine. It never calls the machine's setTimeout: it
 * records each timer the engine arms, so that the caller can persist it as a job, and runs the
 * timer's callback only when `fireTimer` asks for it (DESIGN decision 6). A recovered engine arms
 * its pending timers again while it resumes; they get the same ids, so nothing is armed twice.
 */

/** One armed timer, as the engine registered it. */
export interface LiveTimer {
  /** `<execution id of the timer>@<due time>`: stable across recoveries, unique per arming. */
  timerId: string;
  /** The timer event's element id. */
  elementId: string;
  dueAt: string;
  callback: (...args: unknown[]) => unknown;
  args: unknown[];
}

/** What bpmn-elements passes as the owner of a timer: the timer event definition's content. */
interface TimerOwner {
  id?: string;
  executionId?: string;
  expireAt?: Date | string;
}

export class RecordingTimers {
  private readonly live = new Map<string, LiveTimer>();
  private anonymous = 0;

  /** bpmn-engine clears these when an execution stops or completes. */
  get executing(): LiveTimer[] {
    return [...this.live.values()];
  }

  register(owner: TimerOwner): { setTimeout: RecordingTimers['setTimeout']; clearTimeout: RecordingTimers['clearTimeout'] } {
    return {
      setTimeout: (callback, _delay, ...args) => this.arm(owner, callback, args),
      clearTimeout: (ref) => this.clearTimeout(ref),
    };
  }

  setTimeout(callback: (...args: unknown[]) => unknown, _delay?: number, ...args: unknown[]): LiveTimer {
    // Only registered timers come from diagrams; an anonymous one is recorded but never fires.
    return this.arm({ id: 'anonymous', executionId: `anonymous_${this.anonymous++}` }, callback, args);
  }

  clearTimeout(ref: unknown): undefined {
    if (ref && typeof ref === 'object' && 'timerId' in ref) this.live.delete((ref as LiveTimer).timerId);
    return undefined;
  }

  /** Runs a timer's callback; false when no such timer is armed. */
  fire(timerId: string): boolean {
    const timer = this.live.get(timerId);
    if (!timer) return false;
    this.live.delete(timerId);
    timer.callback(...timer.args);
    return true;
  }

  list(): LiveTimer[] {
    return [...this.live.values()];
  }

  private arm(owner: TimerOwner, callback: (...args: unknown[]) => unknown, args: unknown[]): LiveTimer {
    const dueAt = owner.expireAt ? new Date(owner.expireAt).toISOString() : '';
    const timerId = `${owner.executionId ?? owner.id}@${dueAt}`;
    const timer: LiveTimer = { timerId, elementId: owner.id ?? '', dueAt, callback, args };
    this.live.set(timerId, timer);
    return timer;
  }
}
