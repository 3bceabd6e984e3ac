import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { asApiError } from '../api/api-error';
import { AgencyDirectory } from '../organisation/agency-directory';
import { indentedName } from '../organisation/agency-tree';
import { OrganisationApi, type AdminLevel } from '../organisation/organisation-api';
import { CatalogueApi } from './catalogue-api';

/**
 * Danh mục TTHC của cơ quan: which agencies implement the procedure in force. The control office
 * adds one agency, or every agency of an administrative level at once (a commune procedure
 * published for all communes), and takes an agency out.
 */
@Component({
  selector: 'app-agencies-panel',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Cơ quan thực hiện</h2>
      <div role="status">@if (notice()) { <div class="alert alert-success">{{ notice() }}</div> }</div>
      @if (error()) { <div class="alert alert-error" role="alert">{{ error() }}</div> }
      @if (agencies().length) {
        <ul class="agency-list">
          @for (a of agencies(); track a.code) {
            <li>
              <span>{{ a.name }} <span class="muted mono">({{ a.code }})</span></span>
              @if (editable()) {
                <button type="button" class="btn btn-link btn-small danger-link" (click)="remove(a.code, a.name)">Bỏ khỏi danh mục<span class="visually-hidden"> của {{ a.name }}</span></button>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="muted">Chưa có cơ quan nào có thủ tục này trong danh mục.</p>
      }
      @if (editable()) {
        <form class="toolbar localise" (submit)="$event.preventDefault(); addAgency()">
          <div class="field grow">
            <label for="localise-agency">Thêm một cơ quan</label>
            <select id="localise-agency" name="agency" [(ngModel)]="agencyCode">
              <option value="">— Chọn cơ quan —</option>
              @for (a of candidates(); track a.code) { <option [value]="a.code">{{ indentedName(a) }}</option> }
            </select>
          </div>
          <button type="submit" class="btn btn-secondary" [disabled]="!agencyCode || busy()">Thêm</button>
        </form>
        <form class="toolbar localise" (submit)="$event.preventDefault(); addLevel()">
          <div class="field grow">
            <label for="localise-level">Thêm mọi cơ quan của một cấp</label>
            <select id="localise-level" name="level" [(ngModel)]="level">
              <option value="">— Chọn cấp hành chính —</option>
              @for (l of levels(); track l.code) { <option [value]="l.code">{{ l.name }}</option> }
            </select>
          </div>
          <button type="submit" class="btn btn-secondary" [disabled]="!level || busy()">Thêm cả cấp</button>
        </form>
      }
    </section>
  `,
  styles: `
    .agency-list { list-style: none; margin: 0 0 1rem; padding: 0; }
    .agency-list li { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.375rem 0; border-bottom: 1px solid var(--border); }
    .localise { margin: 0 0 0.5rem; }
    .grow { flex: 1 1 18rem; }
    .danger-link { color: var(--danger); }
  `,
})
export class AgenciesPanel {
  readonly code = input.required<string>();
  readonly editable = input(false);

  private readonly api = inject(CatalogueApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly directory = inject(AgencyDirectory);

  protected readonly indentedName = indentedName;
  protected readonly agencies = signal<{ code: string; name: string }[]>([]);
  protected readonly levels = signal<AdminLevel[]>([]);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly error = signal('');
  protected readonly candidates = computed(() => {
    const listed = new Set(this.agencies().map((a) => a.code));
    return this.directory.flat().filter((a) => !listed.has(a.code));
  });
  protected agencyCode = '';
  protected level = '';

  constructor() {
    effect(() => this.load(this.code()));
    effect(() => {
      if (!this.editable()) return;
      void this.directory.ensureLoaded().catch(() => undefined);
      this.organisation.levels().subscribe({ next: (levels) => this.levels.set(levels), error: () => this.levels.set([]) });
    });
  }

  protected addAgency(): void {
    this.localise({ agencyCodes: [this.agencyCode] });
  }

  protected addLevel(): void {
    this.localise({ level: this.level });
  }

  protected remove(agencyCode: string, name: string): void {
    this.busy.set(true);
    this.api.removeAgency(this.code(), agencyCode).subscribe({
      next: () => this.done(`Đã bỏ thủ tục khỏi danh mục của ${name}.`),
      error: (failure: unknown) => this.failed(failure),
    });
  }

  private localise(target: { agencyCodes?: string[]; level?: string }): void {
    this.busy.set(true);
    this.error.set('');
    this.api.localise(this.code(), target).subscribe({
      next: (result) => {
        this.agencyCode = '';
        this.level = '';
        this.done(`Đã thêm thủ tục vào danh mục của ${result.added} cơ quan.`);
      },
      error: (failure: unknown) => this.failed(failure),
    });
  }

  private done(message: string): void {
    this.busy.set(false);
    this.notice.set(message);
    this.load(this.code());
  }

  private failed(failure: unknown): void {
    this.busy.set(false);
    const error = asApiError(failure);
    this.error.set([error.message, ...error.details.map((d) => d.message)].join(' '));
  }

  private load(code: string): void {
    this.api.liveAgencies(code).subscribe({ next: (agencies) => this.agencies.set(agencies), error: () => this.agencies.set([]) });
  }
}
