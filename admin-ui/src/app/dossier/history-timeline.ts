import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatDateTime } from '../inbox/time-left';
import { TASK_ACTIONS } from '../process-designer/platform-extension/vocabulary';
import type { DossierDiagram, HistoryEntry } from './dossier-api';
import { DOSSIER_TEXTS, HISTORY_KINDS } from './dossier.texts';

/** Nhật ký xử lý (D12) as a timeline: who did what, when, with their remark; oldest first. */
@Component({
  selector: 'app-history-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length) {
      <ol class="timeline">
        @for (e of entries(); track $index) {
          <li>
            <span class="timeline-dot" aria-hidden="true"></span>
            <p class="timeline-head"><strong>{{ e.title }}</strong> · <time [attr.datetime]="e.at">{{ e.when }}</time></p>
            @if (e.actor) { <p class="timeline-actor">{{ e.actor }}</p> }
            @if (e.assignedTo) { <p class="timeline-actor">{{ t.assignedTo(e.assignedTo) }}</p> }
            @if (e.comment) { <p class="timeline-comment">{{ e.comment }}</p> }
          </li>
        }
      </ol>
    } @else {
      <p class="muted">{{ t.noHistory }}</p>
    }
  `,
  styles: `
    .timeline { list-style: none; margin: 0; padding: 0 0 0 1.25rem; border-left: 2px solid var(--border); }
    .timeline li { position: relative; padding: 0 0 1rem 0.75rem; }
    .timeline-dot { position: absolute; left: -1.72rem; top: 0.3rem; width: 0.75rem; height: 0.75rem; border-radius: 50%;
      background: var(--brand); border: 2px solid #fff; }
    .timeline p { margin: 0; }
    .timeline-actor { color: var(--text-muted); font-size: 0.875rem; }
    .timeline-comment { margin-top: 0.25rem !important; padding: 0.375rem 0.625rem; background: var(--surface-sunken); border-radius: var(--radius); }
  `,
})
export class HistoryTimeline {
  readonly history = input.required<readonly HistoryEntry[]>();
  /** Step names by task key, from the diagram's steps, to say which step an action was taken at. */
  readonly steps = input<DossierDiagram['steps']>([]);

  protected readonly t = DOSSIER_TEXTS;
  protected readonly entries = computed(() => {
    const names = new Map(this.steps().map((s) => [s.taskKey, s.name]));
    return this.history().map((e) => ({
      at: e.at,
      when: formatDateTime(e.at),
      actor: e.actor,
      comment: e.comment,
      assignedTo: (e.data?.['assignedTo'] as { name?: string } | undefined)?.name ?? null,
      title: titleOf(e, names),
    }));
  });
}

function titleOf(entry: HistoryEntry, stepNames: ReadonlyMap<string, string>): string {
  const kind = HISTORY_KINDS[entry.kind] ?? entry.kind;
  if (entry.kind !== 'task_completed') return kind;
  const action = (TASK_ACTIONS as Record<string, string>)[entry.action ?? ''] ?? entry.action ?? kind;
  const step = entry.taskKey ? stepNames.get(entry.taskKey) : undefined;
  return step ? `${step}: ${action}` : action;
}
