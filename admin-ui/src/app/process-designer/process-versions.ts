import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { asApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { ProcessDefinitionsApi, type ProcessVersion } from './process-definitions-api';
import { type ModdleElement, type VersionDiff, diffDefinitions } from './version-diff';
import { attributeLabel, typeLabel } from './version-diff-labels';

/** The modeler's moddle: reads a BPMN file into elements without drawing it. */
export interface ModdleReader {
  fromXML(xml: string): Promise<{ rootElement: ModdleElement }>;
}

/**
 * Các phiên bản đã triển khai: every deployed version by key, opened into the modeler or compared
 * two at a time (what was added, removed, and which attributes changed).
 */
@Component({
  selector: 'app-process-versions',
  imports: [FormsModule],
  templateUrl: './process-versions.html',
  styleUrl: './process-versions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessVersions {
  readonly versions = input.required<ProcessVersion[]>();
  readonly moddle = input<ModdleReader | null>(null);
  readonly opened = output<{ key: string; version: number; xml: string }>();

  private readonly api = inject(ProcessDefinitionsApi);

  protected readonly formatDateTime = formatDateTime;
  protected readonly typeLabel = typeLabel;
  protected readonly attributeLabel = attributeLabel;
  protected readonly keys = computed(() => [...new Set(this.versions().map((v) => v.key))].sort());
  protected readonly key = signal('');
  protected readonly from = signal(0);
  protected readonly to = signal(0);
  protected readonly numbers = computed(() => this.versions().filter((v) => v.key === this.key()).map((v) => v.version).sort((a, b) => a - b));
  protected readonly diff = signal<(VersionDiff & { key: string; from: number; to: number }) | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly sorted = computed(() =>
    [...this.versions()].sort((a, b) => a.key.localeCompare(b.key) || b.version - a.version));

  protected chooseKey(key: string): void {
    this.key.set(key);
    const numbers = this.numbers();
    this.from.set(numbers.at(-2) ?? numbers[0] ?? 0);
    this.to.set(numbers.at(-1) ?? 0);
    this.diff.set(null);
  }

  protected async open(version: ProcessVersion): Promise<void> {
    this.error.set('');
    try {
      const xml = await firstValueFrom(this.api.source(version.key, version.version));
      this.opened.emit({ key: version.key, version: version.version, xml });
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    }
  }

  protected async compare(): Promise<void> {
    const moddle = this.moddle();
    const [key, from, to] = [this.key(), Number(this.from()), Number(this.to())];
    if (!moddle || !key || !from || !to || this.busy()) return;
    if (from === to) {
      this.error.set('Hãy chọn hai phiên bản khác nhau để so sánh.');
      return;
    }
    this.busy.set(true);
    this.error.set('');
    try {
      const [before, after] = await Promise.all([from, to].map(async (version) =>
        (await moddle.fromXML(await firstValueFrom(this.api.source(key, version)))).rootElement));
      this.diff.set({ key, from, to, ...diffDefinitions(before, after) });
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    } finally {
      this.busy.set(false);
    }
  }
}
