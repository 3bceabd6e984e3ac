import { LRUCache } from 'lru-cache';
import { EngineError } from '../runtime/errors';
import { compileDefinition } from '../validation/validate';
import type { ProcessDefinition } from './definition';

/**
 * Compiled definitions by (key, version). A deployed version is immutable, so an entry never
 * needs invalidating; it is compiled once per process and shared by every dossier on it.
 * Concurrent requests for one version share one compilation.
 */
export class DefinitionCache {
  private readonly entries: LRUCache<string, { xml: string; definition: Promise<ProcessDefinition> }>;

  constructor(options: { max?: number } = {}) {
    this.entries = new LRUCache({ max: options.max ?? 500 });
  }

  /** The compiled definition of `key`@`version`; `xml` is the stored source of that version. */
  get(key: string, version: number, xml: string): Promise<ProcessDefinition> {
    const id = `${key}@${version}`;
    const entry = this.entries.get(id);
    if (entry) {
      if (entry.xml !== xml) {
        return Promise.reject(new EngineError('DEFINITION_CHANGED', `Process ${id} was compiled from different XML; versions are immutable.`));
      }
      return entry.definition;
    }
    const definition = compileDefinition(xml, { key, version });
    this.entries.set(id, { xml, definition });
    definition.catch(() => this.entries.delete(id));
    return definition;
  }

  get size(): number {
    return this.entries.size;
  }
}
