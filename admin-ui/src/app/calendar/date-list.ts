import { ChangeDetectionStrategy, Component, input, model, signal } from '@angular/core';
import { CALENDAR_TEXTS } from './calendar.texts';

const FORMAT = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** A sorted list of dates of one year, with a date field to add one and a button to remove each. */
@Component({
  selector: 'app-date-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="date-list">
      <legend>{{ label() }}</legend>
      @if (dates().length) {
        <ul>
          @for (d of dates(); track d) {
            <li>
              <span>{{ format(d) }}</span>
              @if (editable()) {
                <button type="button" class="btn-icon" [attr.aria-label]="t.removeDate(format(d))" (click)="remove(d)">
                  <span aria-hidden="true">×</span>
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="muted">{{ t.noDates }}</p>
      }
      @if (editable()) {
        <div class="date-add">
          <label class="visually-hidden" [for]="inputId()">{{ label() }}</label>
          <input type="date" [id]="inputId()" [min]="year() + '-01-01'" [max]="year() + '-12-31'"
                 [value]="draft()" (input)="draft.set($any($event.target).value)">
          <button type="button" class="btn btn-secondary btn-small" [disabled]="!draft()" (click)="add()">{{ t.addDate }}</button>
        </div>
      }
    </fieldset>
  `,
  styles: `
    .date-list ul { list-style: none; margin: 0.375rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.375rem; }
    .date-list li {
      display: inline-flex; align-items: center; gap: 0.25rem; padding: 0.125rem 0.25rem 0.125rem 0.625rem;
      border: 1px solid var(--border); border-radius: 999px; background: var(--surface-sunken); font-size: 0.875rem;
    }
    .date-list .btn-icon { font-size: 1.125rem; padding: 0 0.375rem; }
    .date-add { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
    .date-add input { width: auto; }
  `,
})
export class DateList {
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly year = input.required<number>();
  readonly editable = input(true);
  readonly dates = model<string[]>([]);

  protected readonly t = CALENDAR_TEXTS;
  protected readonly draft = signal('');

  protected format(date: string): string {
    return FORMAT.format(new Date(`${date}T00:00:00Z`));
  }

  protected add(): void {
    const date = this.draft();
    if (!date.startsWith(`${this.year()}-`)) return;
    this.dates.update((dates) => [...new Set([...dates, date])].sort());
    this.draft.set('');
  }

  protected remove(date: string): void {
    this.dates.update((dates) => dates.filter((d) => d !== date));
  }
}
