import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

export interface Period {
  start: string;
  end: string;
}

/** Lịch làm việc của tỉnh: working hours, weekly days off (1 = thứ Hai … 7 = Chủ nhật), holidays and swaps. */
export interface CalendarRules {
  timeZone: string;
  workingHours: Period[];
  weekendDays: number[];
  holidays: string[];
  swappedWorkingDays: string[];
  swappedDaysOff: string[];
}

export interface YearDays {
  year: number;
  days: string[];
  swappedWorkingDays: string[];
  swappedDaysOff: string[];
}

@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  rules(): Observable<CalendarRules> {
    return this.http.get<CalendarRules>('/api/calendar');
  }

  setHours(workingHours: Period[], weekendDays: number[]): Observable<CalendarRules> {
    return this.http.put<CalendarRules>('/api/admin/calendar', { workingHours, weekendDays });
  }

  setYear(days: YearDays): Observable<CalendarRules> {
    return this.http.put<CalendarRules>('/api/admin/calendar/holidays', days);
  }

  dueDate(from: string, value: number, unit: 'working_days' | 'working_hours'): Observable<{ dueAt: string; startsAt: string }> {
    const params = new HttpParams().set('from', from).set('value', value).set('unit', unit);
    return this.http.get<{ dueAt: string; startsAt: string }>('/api/calendar/due-date', { params });
  }
}
