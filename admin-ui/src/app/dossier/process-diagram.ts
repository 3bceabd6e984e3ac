import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import type { DossierDiagram } from './dossier-api';
import { dossierPath, type DiagramNode } from './diagram-path';
import { DOSSIER_TEXTS } from './dossier.texts';
import { loadStylesheet } from '../ui/load-stylesheet';

/** bpmn-js's stylesheet and the path colours, built as a separate non-injected bundle (angular.json). */
const VIEWER_STYLESHEET = 'dossier-diagram.css';

interface RegistryElement {
  id: string;
  type: string;
  waypoints?: unknown;
  businessObject?: { $attrs?: Record<string, string> };
  outgoing?: { id: string; target: { id: string } }[];
}

interface Viewer {
  importXML(xml: string): Promise<unknown>;
  get(service: 'canvas'): { zoom(mode: 'fit-viewport'): void; addMarker(id: string, marker: string): void };
  get(service: 'elementRegistry'): { getAll(): RegistryElement[] };
  destroy(): void;
}

/**
 * Sơ đồ quy trình of a dossier: the bpmn-js navigated viewer (loaded with this panel only, so the
 * initial bundle stays small), with the path already taken in green and the current step outlined.
 */
@Component({
  selector: 'app-process-diagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state() === 'loading') { <p class="muted" role="status">{{ t.diagramLoading }}</p> }
    @if (state() === 'failed') { <p class="alert alert-error" role="alert">{{ t.diagramFailed }}</p> }
    <div #canvas class="diagram-canvas" role="region" [attr.aria-label]="label()"></div>
    <p class="field-hint">{{ t.diagramLegend }}</p>
  `,
  styles: '.diagram-canvas { height: 420px; border: 1px solid var(--border); border-radius: var(--radius); background: #fff; }',
})
export class ProcessDiagram {
  readonly diagram = input.required<DossierDiagram>();

  protected readonly t = DOSSIER_TEXTS;
  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly label = signal('');
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private viewer: Viewer | null = null;

  constructor() {
    loadStylesheet(VIEWER_STYLESHEET);
    effect(() => {
      const diagram = this.diagram();
      const host = this.canvas().nativeElement;
      untracked(() => void this.show(host, diagram));
    });
    inject(DestroyRef).onDestroy(() => this.viewer?.destroy());
  }

  private async show(host: HTMLElement, diagram: DossierDiagram): Promise<void> {
    this.state.set('loading');
    this.label.set(this.t.diagramLabel(diagram.processKey, diagram.processVersion));
    try {
      const { default: NavigatedViewer } = await import('bpmn-js/lib/NavigatedViewer');
      this.viewer?.destroy();
      const viewer = new NavigatedViewer({ container: host }) as unknown as Viewer;
      this.viewer = viewer;
      await viewer.importXML(diagram.bpmnXml);
      const canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      const path = dossierPath(nodesOf(viewer.get('elementRegistry').getAll()), diagram);
      for (const id of path.done) canvas.addMarker(id, 'path-done');
      for (const id of path.current) canvas.addMarker(id, 'path-current');
      this.state.set('ready');
    } catch {
      // The diagram is an aid: the rest of the workspace stays usable without it.
      this.state.set('failed');
    }
  }
}

function nodesOf(elements: RegistryElement[]): DiagramNode[] {
  return elements.filter((e) => !e.waypoints && e.type.startsWith('bpmn:')).map((e) => ({
    id: e.id,
    type: e.type,
    outcome: e.businessObject?.$attrs?.['tthc:outcome'],
    outgoing: (e.outgoing ?? []).map((flow) => ({ id: flow.id, target: flow.target.id })),
  }));
}
