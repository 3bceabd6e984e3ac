import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { asApiError, type ApiError } from '../api/api-error';
import { formatDateTime } from '../inbox/time-left';
import { CalendarApi, type CalendarRules, type Period } from './calendar-api';
import { CALENDAR_TEXTS } from './calendar.texts';
import { DateList } from './date-list';

interface Feedback { ok: boolean; lines: string[] }

function feedbackOf(error: ApiError): Feedback {
  return { ok: false, lines: [error.message, ...error.details.map((d) => d.message)] };
}

/** Lịch làm việc: the rules every due date is computed on, and a way to try them. */
@Component({
  selector: 'app-calendar-page',
  imports: [DateList, NgTemplateOutlet],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPage {
  private readonly api = inject(CalendarApi);

  protected readonly t = CALENDAR_TEXTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly years = [new Date().getFullYear(), new Date().getFullYear() + 1];
  protected readonly loadError = signal('');
  protected readonly periods = signal<Period[]>([]);
  protected readonly weekend = signal<number[]>([]);
  protected readonly hoursFeedback = signal<Feedback | null>(null);
  protected readonly year = signal(this.years[0]);
  protected readonly holidays = signal<string[]>([]);
  protected readonly swappedWorkingDays = signal<string[]>([]);
  protected readonly swappedDaysOff = signal<string[]>([]);
  protected readonly yearFeedback = signal<Feedback | null>(null);
  protected readonly busy = signal(false);
  protected readonly tryFrom = signal(new Date().toISOString().slice(0, 16));
  protected readonly tryValue = signal(5);
  protected readonly tryUnit = signal<'working_days' | 'working_hours'>('working_days');
  protected readonly tryResult = signal<{ dueAt: string; startsAt: string } | null>(null);
  protected readonly tryError = signal('');
  private rules?: CalendarRules;

  constructor() {
    this.api.rules().subscribe({
      next: (rules) => this.apply(rules),
      error: (failure: unknown) => this.loadError.set(asApiError(failure).message),
    });
  }

  private apply(rules: CalendarRules): void {
    this.rules = rules;
    this.periods.set(rules.workingHours.map((p) => ({ ...p })));
    this.weekend.set([...rules.weekendDays]);
    this.selectYear(this.year());
  }

  protected selectYear(year: number): void {
    this.year.set(year);
    const ofYear = (dates: string[] = []) => dates.filter((d) => d.startsWith(`${year}-`)).sort();
    this.holidays.set(ofYear(this.rules?.holidays));
    this.swappedWorkingDays.set(ofYear(this.rules?.swappedWorkingDays));
    this.swappedDaysOff.set(ofYear(this.rules?.swappedDaysOff));
    this.yearFeedback.set(null);
  }

  protected setPeriod(index: number, field: keyof Period, value: string): void {
    this.periods.update((periods) => periods.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  }

  protected addPeriod(): void {
    this.periods.update((periods) => [...periods, { start: '13:00', end: '17:00' }]);
  }

  protected removePeriod(index: number): void {
    this.periods.update((periods) => periods.filter((_, i) => i !== index));
  }

  protected toggleWeekday(day: number, checked: boolean): void {
    this.weekend.update((days) => (checked ? [...new Set([...days, day])].sort() : days.filter((d) => d !== day)));
  }

  protected saveHours(): void {
    this.busy.set(true);
    this.api.setHours(this.periods(), this.weekend()).subscribe({
      next: (rules) => {
        this.busy.set(false);
        this.apply(rules);
        this.hoursFeedback.set({ ok: true, lines: [this.t.hoursSaved] });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.hoursFeedback.set(feedbackOf(asApiError(failure)));
      },
    });
  }

  protected saveYear(): void {
    const year = this.year();
    this.busy.set(true);
    this.api.setYear({ year, days: this.holidays(), swappedWorkingDays: this.swappedWorkingDays(), swappedDaysOff: this.swappedDaysOff() }).subscribe({
      next: (rules) => {
        this.busy.set(false);
        this.apply(rules);
        this.yearFeedback.set({ ok: true, lines: [this.t.yearSaved(year)] });
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.yearFeedback.set(feedbackOf(asApiError(failure)));
      },
    });
  }

  protected compute(): void {
    this.tryError.set('');
    // datetime-local has no zone: the calendar is the province's, so read it as Vietnam time.
    this.api.dueDate(`${this.tryFrom()}:00+07:00`, Number(this.tryValue()), this.tryUnit()).subscribe({
      next: (result) => this.tryResult.set(result),
      error: (failure: unknown) => {
        this.tryResult.set(null);
        this.tryError.set(asApiError(failure).message);
      },
    });
  }
}
