import {
  ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, afterNextRender, inject, signal, viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { asApiError } from '../api/api-error';
import { AriaInvalid } from '../ui/aria-invalid';
import { FieldError } from '../ui/field-error';
import { DESIGNER_TEXTS } from './designer.texts';
import { type Finding, clearFindings, revealElement, showFindings, toFindings } from './findings';
import { createModeler, processIdOf } from './modeler-factory';
import { newDiagramXml } from './new-diagram';
import { ProcessDefinitionsApi, type ProcessVersion } from './process-definitions-api';
import { type ModdleReader, ProcessVersions } from './process-versions';

/** bpmn-js's own stylesheet, built as a separate non-injected bundle (angular.json) and linked here only. */
const MODELER_STYLESHEET = 'process-designer.css';

/** Thiết kế quy trình: a bpmn-js modeler with its properties panel, file open/export and deployment. */
@Component({
  selector: 'app-designer-page',
  imports: [ReactiveFormsModule, FieldError, AriaInvalid, ProcessVersions],
  templateUrl: './designer-page.html',
  styleUrl: './designer-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesignerPage {
  protected readonly t = DESIGNER_TEXTS;
  protected readonly ready = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly error = signal('');
  protected readonly findings = signal<Finding[]>([]);
  protected readonly versions = signal<ProcessVersion[] | null>(null);
  protected readonly moddle = signal<ModdleReader | null>(null);
  protected readonly key = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(100), Validators.pattern(/^[A-Za-z_][A-Za-z0-9._-]*$/)],
  });

  private readonly api = inject(ProcessDefinitionsApi);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly properties = viewChild.required<ElementRef<HTMLElement>>('properties');
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private modeler?: BpmnModeler;
  private dirty = false;
  private fileName = 'quy-trinh';

  constructor() {
    loadStylesheet(MODELER_STYLESHEET);
    afterNextRender(() => {
      this.modeler = createModeler(this.canvas().nativeElement, this.properties().nativeElement, (expression) => firstValueFrom(this.api.checkFeel(expression)));
      this.moddle.set(this.modeler.get('moddle') as ModdleReader);
      this.modeler.on('commandStack.changed', () => (this.dirty = true));
      void this.importXml(newDiagramXml(), '').then(() => this.ready.set(true));
    });
    inject(DestroyRef).onDestroy(() => this.modeler?.destroy());
    this.loadVersions();
  }

  protected newDiagram(): void {
    if (this.dirty && !confirm(this.t.discardConfirm)) return;
    this.fileName = 'quy-trinh';
    void this.importXml(newDiagramXml(), '');
  }

  protected chooseFile(): void {
    if (this.dirty && !confirm(this.t.discardConfirm)) return;
    this.fileInput().nativeElement.click();
  }

  protected async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.fileName = file.name.replace(/\.(bpmn|xml)$/i, '');
    await this.importXml(await file.text(), file.name);
  }

  protected async exportBpmn(): Promise<void> {
    if (!this.modeler) return;
    const { xml } = await this.modeler.saveXML({ format: true });
    download(`${this.key.value || this.fileName}.bpmn`, xml ?? '', 'application/xml');
    this.dirty = false;
  }

  protected async exportSvg(): Promise<void> {
    if (!this.modeler) return;
    const { svg } = await this.modeler.saveSVG();
    download(`${this.key.value || this.fileName}.svg`, svg, 'image/svg+xml');
  }

  protected async deploy(): Promise<void> {
    this.key.markAsTouched();
    if (!this.modeler || this.busy() || this.key.invalid) return;
    this.busy.set(true);
    this.notice.set('');
    this.error.set('');
    const { xml } = await this.modeler.saveXML();
    this.api.deploy(this.key.value.trim(), xml ?? '').subscribe({
      next: (version) => {
        this.busy.set(false);
        this.dirty = false;
        this.setFindings([]);
        this.notice.set(this.t.deployed(version.key, version.version));
        this.loadVersions();
      },
      error: (failure: unknown) => {
        const error = asApiError(failure);
        this.busy.set(false);
        this.error.set(error.message);
        const keyProblems = error.details.filter((d) => d.path === '/key');
        if (keyProblems.length) this.key.setErrors({ server: keyProblems.map((d) => d.message).join(' ') });
        if (this.modeler) this.setFindings(toFindings(this.modeler, error.details.filter((d) => d.path !== '/key')));
      },
    });
  }

  protected async openVersion(opened: { key: string; version: number; xml: string }): Promise<void> {
    if (this.dirty && !confirm(this.t.discardConfirm)) return;
    this.fileName = opened.key;
    await this.importXml(opened.xml, '');
    this.key.setValue(opened.key);
    this.notice.set(this.t.versionOpened(opened.key, opened.version));
    this.canvas().nativeElement.scrollIntoView({ block: 'start' });
  }

  protected reveal(finding: Finding): void {
    if (this.modeler && finding.elementId) revealElement(this.modeler, finding.elementId);
  }

  private async importXml(xml: string, name: string): Promise<void> {
    if (!this.modeler) return;
    this.notice.set('');
    this.error.set('');
    try {
      const { warnings } = await this.modeler.importXML(xml);
      this.setFindings([]);
      this.dirty = false;
      this.key.setValue(processIdOf(this.modeler));
      // A file from elsewhere may be large or far from the origin; the new diagram is shown as drawn.
      if (name) (this.modeler.get('canvas') as { zoom(level: string, center: string): void }).zoom('fit-viewport', 'auto');
      if (name) this.notice.set([this.t.opened(name), warnings.length ? this.t.openWarnings(warnings.length) : ''].join(' ').trim());
    } catch {
      this.error.set(this.t.openFailed);
    }
  }

  private setFindings(findings: Finding[]): void {
    this.findings.set(findings);
    if (this.modeler) {
      if (findings.length) showFindings(this.modeler, findings);
      else clearFindings(this.modeler);
    }
  }

  private loadVersions(): void {
    this.api.list().subscribe({
      next: (body) => this.versions.set(Array.isArray(body) ? body : body.items),
      // Until the route exists the list simply stays hidden.
      error: () => this.versions.set(null),
    });
  }
}

function loadStylesheet(href: string): void {
  if (document.head.querySelector(`link[data-bundle="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset['bundle'] = href;
  document.head.appendChild(link);
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Chromium reads the blob after click() returns, on its own schedule: revoked after one second, a
  // busy PC saved an empty file. A minute costs one diagram's memory that long.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
