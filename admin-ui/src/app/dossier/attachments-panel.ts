import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { formatDateTime } from '../inbox/time-left';
import { attachmentUrl, type Attachment, type ProcedureVersion } from './dossier-api';
import { DOSSIER_TEXTS } from './dossier.texts';
import { SafeResource } from './safe-resource.pipe';

/** Giấy tờ kèm theo: the dossier's files by component, each opened in the page (PDF in a frame, images as images). */
@Component({
  selector: 'app-attachments-panel',
  imports: [SafeResource],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <ul class="attachment-list">
        @for (row of rows(); track row.file.id) {
          <li>
            <div>
              <strong>{{ row.label }}</strong>
              <span class="muted attachment-meta">{{ row.file.originalName }} · {{ t.uploadedBy(row.file.uploadedBy, formatDateTime(row.file.uploadedAt)) }}</span>
            </div>
            <div class="attachment-actions">
              <button type="button" class="btn btn-secondary btn-small" [attr.aria-pressed]="open()?.id === row.file.id" (click)="toggle(row.file)">
                {{ t.viewFile }}<span class="visually-hidden"> {{ row.file.originalName }}</span>
              </button>
              <a class="btn btn-link btn-small" [href]="downloadUrl(row.file)" [attr.download]="row.file.originalName">
                {{ t.download }}<span class="visually-hidden"> {{ row.file.originalName }}</span>
              </a>
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ t.noAttachments }}</p>
    }
    @if (open(); as file) {
      <div class="viewer">
        <div class="viewer-bar">
          <span>{{ file.originalName }}</span>
          <button type="button" class="btn btn-secondary btn-small" (click)="open.set(null)">{{ t.closeViewer }}</button>
        </div>
        @if (file.mediaType.startsWith('image/')) {
          <img class="viewer-image" [src]="url(file)" [alt]="file.originalName">
        } @else {
          <iframe class="viewer-frame" [src]="url(file) | safeResource" [title]="t.viewerTitle(file.originalName)"></iframe>
        }
      </div>
    }
  `,
  styles: `
    .attachment-list { list-style: none; margin: 0; padding: 0; }
    .attachment-list li { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
    .attachment-meta { display: block; font-size: 0.8125rem; }
    .attachment-actions { display: flex; gap: 0.25rem; flex: none; }
    .viewer { margin-top: 1rem; border: 1px solid var(--border); border-radius: var(--radius); }
    .viewer-bar { display: flex; justify-content: space-between; align-items: center; padding: 0.375rem 0.625rem; background: var(--surface-sunken); }
    .viewer-frame { display: block; width: 100%; height: 640px; border: 0; }
    .viewer-image { display: block; max-width: 100%; margin: 0 auto; }
  `,
})
export class AttachmentsPanel {
  readonly code = input.required<string>();
  readonly attachments = input.required<readonly Attachment[]>();
  readonly components = input<ProcedureVersion['components']>([]);

  protected readonly t = DOSSIER_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly open = signal<Attachment | null>(null);
  protected readonly rows = computed(() => {
    const names = new Map(this.components().map((c) => [c.code, c.name]));
    return this.attachments().map((file) => ({
      file,
      label: file.purpose === 'result' ? this.t.resultFile : (names.get(file.componentCode ?? '') ?? file.componentCode ?? file.originalName),
    }));
  });

  protected toggle(file: Attachment): void {
    this.open.set(this.open()?.id === file.id ? null : file);
  }

  protected url(file: Attachment): string {
    return attachmentUrl(this.code(), file.id);
  }

  protected downloadUrl(file: Attachment): string {
    return this.url(file).replace('?inline=true', '');
  }
}
