import { HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { tap } from 'rxjs';

/** The header in which every API answer carries the platform's time (api/platform/context.ts). */
const SERVER_TIME_HEADER = 'x-server-time';

/**
 * The platform's clock as the pages see it. Time left ("còn 3 giờ", "quá hạn 2 ngày") is counted
 * from the server's time, not the officer's PC, whose clock may be wrong; the offset is learnt
 * from each API answer, and the time ticks once a minute, the finest unit the pages show.
 */
@Injectable({ providedIn: 'root' })
export class ServerClock {
  private readonly offsetMs = signal(0);
  private readonly local = signal(Date.now());
  /** The server's time now, in ms since the epoch. */
  readonly now = computed(() => this.local() + this.offsetMs());

  constructor() {
    setInterval(() => this.local.set(Date.now()), 60_000);
  }

  /** An answer said the server's time was `iso` when it was sent. */
  observe(iso: string): void {
    const server = Date.parse(iso);
    if (Number.isNaN(server)) return;
    const local = Date.now();
    this.offsetMs.set(server - local);
    this.local.set(local);
  }
}

/** Reads the server's time off every API answer. */
export const serverTimeInterceptor: HttpInterceptorFn = (request, next) => {
  const clock = inject(ServerClock);
  return next(request).pipe(tap((event) => {
    if (event instanceof HttpResponse) {
      const time = event.headers.get(SERVER_TIME_HEADER);
      if (time) clock.observe(time);
    }
  }));
};
