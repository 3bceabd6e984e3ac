import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FormDefinition, FormView } from '@forms';
import { asApiError, type FieldProblem } from '../api/api-error';
import { CatalogueApi, type ProcedureVersion } from '../catalogue/catalogue-api';
import { ProcessDefinitionsApi, type ProcessVersion } from '../process-designer/process-definitions-api';
import { FormPreview } from './form-preview';
import { type ProcessStep, processSteps } from './process-steps';
import { starterForm } from './starter-form';
import { ViewsEditor } from './views-editor';

type Parsed = { definition: FormDefinition } | { problem: string };

/** Where JSON.parse stopped, as a line number people can find. */
function parseProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return 'Nội dung chưa phải JSON hợp lệ.';
  const line = text.slice(0, Number(position)).split('\n').length;
  return `Nội dung chưa phải JSON hợp lệ (lỗi ở dòng ${line}).`;
}

function parse(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: parseProblem(text, error) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'Biểu mẫu phải là một đối tượng JSON.' };
  const candidate = value as Partial<FormDefinition> & Record<string, unknown>;
  // A bare JSON Schema is a form without layout or views, as the API accepts it.
  const definition = (candidate.schema ? candidate : { schema: candidate }) as FormDefinition;
  if (typeof definition.schema !== 'object' || definition.schema === null) return { problem: 'Thiếu lược đồ “schema” của biểu mẫu.' };
  return { definition };
}

/**
 * Thiết kế biểu mẫu điện tử (REQUIREMENTS B3): the JSON Schema definition of a draft's e-form, a
 * live preview drawn by the portal's renderer at any step's view, and the per-step views. The
 * server validates the definition when it is saved; its findings are listed by path.
 */
@Component({
  selector: 'app-form-designer-page',
  imports: [RouterLink, FormPreview, ViewsEditor],
  templateUrl: './form-designer-page.html',
  styleUrl: './form-designer-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormDesignerPage {
  readonly code = input.required<string>();
  readonly version = input.required<string>();

  private readonly api = inject(CatalogueApi);
  private readonly processes = inject(ProcessDefinitionsApi);

  protected readonly record = signal<ProcedureVersion | null>(null);
  protected readonly text = signal('');
  protected readonly view = signal('');
  protected readonly steps = signal<ProcessStep[]>([]);
  protected readonly busy = signal(false);
  protected readonly dirty = signal(false);
  protected readonly notice = signal('');
  protected readonly error = signal('');
  protected readonly findings = signal<FieldProblem[]>([]);

  protected readonly editable = computed(() => this.record()?.status === 'draft');
  protected readonly parsed = computed(() => parse(this.text()));
  /** The last definition that parsed: the preview keeps showing it while the JSON is being typed. */
  protected readonly definition = linkedSignal<Parsed, FormDefinition | null>({
    source: this.parsed,
    computation: (parsed, previous) => ('definition' in parsed ? parsed.definition : previous?.value ?? null),
  });
  protected readonly problem = computed(() => {
    const parsed = this.parsed();
    return 'problem' in parsed ? parsed.problem : '';
  });

  constructor() {
    effect(() => this.load(this.code(), Number(this.version())));
  }

  protected typed(value: string): void {
    this.text.set(value);
    this.dirty.set(true);
    this.notice.set('');
  }

  protected viewsChanged(views: Record<string, FormView>): void {
    const definition = this.definition();
    if (!definition) return;
    this.typed(JSON.stringify({ ...definition, views }, null, 2));
  }

  protected save(): void {
    const record = this.record();
    const definition = this.definition();
    if (!record || !definition || this.problem() || this.busy()) return;
    this.busy.set(true);
    this.error.set('');
    this.findings.set([]);
    this.api.update(record.code, record.version, { formSchema: definition }, record.revision).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.dirty.set(false);
        this.record.set(saved);
        this.notice.set(`Đã lưu biểu mẫu vào phiên bản dự thảo ${saved.version}.`);
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set(error.message);
        this.findings.set([...error.details]);
      },
    });
  }

  private load(code: string, version: number): void {
    this.api.version(code, version).subscribe({
      next: (record) => {
        this.record.set(record);
        this.text.set(JSON.stringify(record.form ?? starterForm(record), null, 2));
        this.dirty.set(!record.form);
        this.loadSteps(record);
      },
      error: (failure: unknown) => this.error.set(asApiError(failure).message),
    });
  }

  /** The steps of the bound process version, or of its latest one when the record names none. */
  private loadSteps(record: ProcedureVersion): void {
    const key = record.processKey;
    if (!key) return;
    const fetch = (version: number) => this.processes.source(key, version).subscribe({
      next: (xml) => this.steps.set(processSteps(xml)),
      error: () => this.steps.set([]),
    });
    if (record.processVersion) {
      fetch(record.processVersion);
      return;
    }
    this.processes.list().subscribe({
      next: (body) => {
        const list: ProcessVersion[] = Array.isArray(body) ? body : body.items;
        const latest = Math.max(0, ...list.filter((p) => p.key === key).map((p) => p.version));
        if (latest) fetch(latest);
      },
      error: () => this.steps.set([]),
    });
  }
}
