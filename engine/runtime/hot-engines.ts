import { LRUCache } from 'lru-cache';
import type { EngineSession } from './session';

/**
 * A small LRU of live engines, so that the next step on a dossier skips recover and resume
 * (DESIGN decision 3: recovering is most of a step's cost). An entry is used only when the saved
 * state the caller passes is exactly the state the engine produced last: same definition, same
 * revision, same random token. A step whose transaction rolled back, or a concurrent step that won
 * the race on another node, leaves a state the cached engine does not match, so it is recovered
 * afresh. An engine is taken out while it runs a step and put back only if the step succeeded.
 * A live engine holds about 1 MB, so keep `max` small (one cache per worker process).
 */
export class HotEngineCache {
  private readonly entries: LRUCache<string, EngineSession>;

  constructor(options: { max?: number } = {}) {
    this.entries = new LRUCache<string, EngineSession>({ max: options.max ?? 32 });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Removes and returns the engine of `key` if it embodies exactly the given state. */
  take(key: string, fingerprint: string, revision: number, token: string): EngineSession | undefined {
    const session = this.entries.get(key);
    if (!session) return undefined;
    this.entries.delete(key);
    const matches = session.definition.fingerprint === fingerprint && session.revision === revision && session.token === token;
    return matches ? session : undefined;
  }

  put(key: string, session: EngineSession): void {
    this.entries.set(key, session);
  }

  /** Forgets one dossier's engine, e.g. after the caller's transaction failed. */
  evict(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Step option: use and refill a hot-engine cache under the caller's key (e.g. the dossier id). */
export interface HotEngineOption {
  cache: HotEngineCache;
  key: string;
}
