import { signal } from '@angular/core';
import type { StoredDocument } from '../data-store/data-store-api';
import { fileProblem } from '../ui/file-rules';

/** What fills a dossier component: a file picked now, or a document of the personal data store (C9). */
export type ComponentSource = { kind: 'upload'; file: File } | { kind: 'stored'; document: StoredDocument };

/** The name the citizen recognises a source by. */
export function sourceName(source: ComponentSource): string {
  return source.kind === 'upload' ? source.file.name : source.document.fileName ?? source.document.name;
}

export function sourceSize(source: ComponentSource): number | null {
  return source.kind === 'upload' ? source.file.size : source.document.sizeBytes;
}

/**
 * Giấy tờ kèm theo: one source per component, and the problem of a refused file. A file is
 * checked (type, size) before it is kept; the store offers only documents that carry a file.
 */
export class ComponentFiles {
  readonly chosen = signal<ReadonlyMap<string, ComponentSource>>(new Map());
  readonly errors = signal<ReadonlyMap<string, string>>(new Map());
  /** The reusable documents of the citizen's data store. */
  readonly stored = signal<readonly StoredDocument[]>([]);

  pick(componentCode: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const problem = file ? fileProblem(file) : undefined;
    this.setError(componentCode, problem);
    if (file && !problem) this.set(componentCode, { kind: 'upload', file });
    else this.drop(componentCode);
    if (problem) input.value = '';
  }

  reuse(componentCode: string, documentId: string): void {
    const document = this.stored().find((candidate) => candidate.id === documentId);
    this.setError(componentCode, undefined);
    if (document) this.set(componentCode, { kind: 'stored', document });
  }

  drop(componentCode: string): void {
    this.chosen.update((chosen) => new Map([...chosen].filter(([code]) => code !== componentCode)));
  }

  /** The store's documents for a component: those given for the same component before come first. */
  offersFor(componentCode: string): StoredDocument[] {
    const same = this.stored().filter((document) => document.componentCode === componentCode);
    return [...same, ...this.stored().filter((document) => document.componentCode !== componentCode)];
  }

  private set(componentCode: string, source: ComponentSource): void {
    this.chosen.update((chosen) => new Map(chosen).set(componentCode, source));
  }

  private setError(componentCode: string, problem: string | undefined): void {
    this.errors.update((errors) => {
      const next = new Map(errors);
      if (problem) next.set(componentCode, problem);
      else next.delete(componentCode);
      return next;
    });
  }
}
