import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** One level of the five-level satisfaction scale (1 Rất không hài lòng … 5 Rất hài lòng). */
export interface ScaleLevel {
  score: number;
  label: string;
}

/**
 * One question answered on the satisfaction scale, as radio buttons in a fieldset: used by the
 * rating of a dossier and by the survey campaigns, so both read and behave alike.
 */
@Component({
  selector: 'app-score-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="field rating-criterion" [class.field-invalid]="missing()" [attr.aria-describedby]="missing() ? id() + '-error' : null">
      <legend>{{ number() }}. {{ text() }}<span class="required-mark" aria-hidden="true">*</span></legend>
      @if (missing()) { <span class="field-error" [id]="id() + '-error'">Vui lòng chọn một mức đánh giá.</span> }
      <div class="scale">
        @for (level of scale(); track level.score) {
          <label class="scale-option">
            <input type="radio" [name]="id()" [id]="id() + '-' + level.score" [checked]="value() === level.score" (change)="chosen.emit(level.score)">
            <span>{{ level.label }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .rating-criterion { border-bottom: 1px solid var(--border); padding-bottom: 0.75rem; }
    .scale { display: grid; gap: 0.4rem; }
    @media (min-width: 48rem) { .scale { grid-template-columns: repeat(5, minmax(0, 1fr)); } }
    .scale-option { display: flex; gap: 0.5rem; align-items: center; padding: 0.5rem 0.6rem; border: 2px solid var(--border); border-radius: 6px; cursor: pointer; background: #fff; font-size: 0.9375rem; }
    .scale-option:has(input:checked) { border-color: var(--blue); background: var(--blue-soft); font-weight: 700; }
    .scale-option input { width: 1.2rem; height: 1.2rem; flex: none; accent-color: var(--blue); }
  `,
})
export class ScoreQuestion {
  /** The radio group's name and the prefix of its ids. */
  readonly id = input.required<string>();
  readonly number = input.required<number>();
  readonly text = input.required<string>();
  readonly scale = input.required<readonly ScaleLevel[]>();
  readonly value = input<number | undefined>();
  /** Shown once the citizen has tried to send without choosing. */
  readonly missing = input(false);
  readonly chosen = output<number>();
}
