import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { AgencyNode } from './organisation-api';
import { ORG_TEXTS } from './organisation.texts';

/**
 * One level of the agency tree as nested lists: a disclosure button per parent and a button that
 * selects the agency. Keyboard users move with Tab and open with Enter or Space.
 */
@Component({
  selector: 'app-agency-tree-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AgencyTreeView],
  template: `
    <ul class="tree" [class.tree-root]="depth() === 0">
      @for (node of nodes(); track node.code) {
        <li>
          <div class="tree-row" [class.selected]="node.code === selected()">
            @if (node.children.length) {
              <button type="button" class="tree-toggle" [attr.aria-expanded]="!isCollapsed(node.code)"
                      [attr.aria-label]="(isCollapsed(node.code) ? t.expand : t.collapse) + ' ' + node.name"
                      (click)="toggle(node.code)">
                <span aria-hidden="true">{{ isCollapsed(node.code) ? '▸' : '▾' }}</span>
              </button>
            } @else {
              <span class="tree-toggle-spacer" aria-hidden="true"></span>
            }
            <button type="button" class="tree-label" [attr.aria-current]="node.code === selected() ? 'true' : null"
                    (click)="selectedChange.emit(node.code)">
              <span class="tree-name">{{ node.name }}</span>
              <span class="tree-code">{{ node.code }}</span>
            </button>
          </div>
          @if (node.children.length && !isCollapsed(node.code)) {
            <app-agency-tree-view [nodes]="node.children" [selected]="selected()" [depth]="depth() + 1"
                                  (selectedChange)="selectedChange.emit($event)" />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .tree { list-style: none; margin: 0; padding: 0 0 0 1.25rem; }
    .tree-root { padding-left: 0; }
    .tree-row { display: flex; align-items: center; gap: 0.25rem; border-radius: var(--radius); }
    .tree-row.selected { background: var(--brand-soft); }
    .tree-toggle, .tree-toggle-spacer { width: 1.75rem; height: 1.75rem; flex: none; }
    .tree-toggle { border: 0; background: none; cursor: pointer; color: var(--text-muted); border-radius: 4px; font-size: 0.875rem; }
    .tree-toggle:hover { background: var(--surface-hover); }
    .tree-label {
      flex: 1; display: flex; flex-direction: column; align-items: flex-start; text-align: left;
      border: 0; background: none; font: inherit; color: inherit; padding: 0.375rem 0.5rem; cursor: pointer; border-radius: 4px;
    }
    .tree-label:hover { background: var(--surface-hover); }
    .tree-row.selected .tree-label { font-weight: 600; color: var(--brand-dark); }
    .tree-code { font-size: 0.75rem; color: var(--text-muted); font-weight: 400; font-family: 'DejaVu Sans Mono', monospace; }
  `,
})
export class AgencyTreeView {
  readonly nodes = input.required<readonly AgencyNode[]>();
  readonly selected = input<string | null>(null);
  readonly depth = input(0);
  readonly selectedChange = output<string>();

  protected readonly t = ORG_TEXTS;
  private readonly collapsed = signal(new Set<string>());

  protected isCollapsed(code: string): boolean {
    return this.collapsed().has(code);
  }

  protected toggle(code: string): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  }
}
