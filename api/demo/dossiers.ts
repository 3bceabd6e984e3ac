import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import { buildApp } from '../app';
import { ControllableClock } from '../calendar/clock';
import { localDate, VIETNAM_TIME_ZONE } from '../calendar/local-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { claimsOf, findDemoCitizen } from '../citizens/demo-idp/demo-citizens';
import { identityFromClaims, upsertCitizen } from '../citizens/profile';
import type { Config } from '../config';
import { sql } from '../db/sql';
import { DEMO_DOSSIER_SCRIPTS, type Move, type Script } from './dossier-scripts';

/**
 * A living demo: the scripted dossiers, received over the past weeks and moved along by the demo
 * officers through the same HTTP API the apps use, on a clock set back to each moment. Runs once,
 * on a demo database that has no dossier yet; returns how many it created. A script the API
 * refuses (a holiday-shaped calendar, say) is skipped with a warning: the demo still starts.
 */
export async function seedDemoDossiers(config: Config, orm: MikroORM, warn: (msg: string) => void = () => undefined): Promise<number> {
  const em = orm.em.fork();
  if (await sql(em).one('select 1 from dossier limit 1')) return 0;
  const now = new Date();
  const clock = new ControllableClock(now);
  // The test clock keeps the timer poller off: this app lives only for the seeding.
  const app = await buildApp({ config: { ...config, testClock: true }, orm, clock }, { logger: false });
  try {
    await app.ready();
    const calendar = await app.calendars.current(em);
    const seeder = new Seeder(app, clock, calendar, now);
    let created = 0;
    for (const [n, script] of DEMO_DOSSIER_SCRIPTS.entries()) {
      try {
        await seeder.play(script, n + 1);
        created += 1;
      } catch (error) {
        warn(`Bỏ qua hồ sơ mẫu thứ ${n + 1} (${script.procedure.record.code}): ${(error as Error).message}`);
      }
    }
    return created;
  } finally {
    await app.close();
  }
}

class Seeder {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly app: FastifyInstance, private readonly clock: ControllableClock, private readonly calendar: WorkingCalendar, private readonly now: Date) {}

  async play(script: Script, n: number): Promise<void> {
    let at = this.receptionTime(script.daysAgo, n);
    this.clock.set(at);
    const code = await this.bringIn(script);
    for (const move of script.moves) {
      at = this.calendar.addWorkingTime(at, { value: script.gapHours, unit: 'working_hours' });
      // What has not happened yet by now stays undone: the dossier waits at that step.
      if (at > this.now) return;
      this.clock.set(at);
      await this.perform(code, move, n);
    }
  }

  /** A working moment `daysAgo` working days back, staggered through the morning so codes and times differ. */
  private receptionTime(daysAgo: number, n: number): Date {
    let day = DateTime.fromJSDate(this.now, { zone: VIETNAM_TIME_ZONE }).startOf('day');
    for (let left = daysAgo; left > 0;) {
      day = day.minus({ days: 1 });
      if (this.calendar.isWorkingDay(day.plus({ hours: 12 }).toJSDate())) left -= 1;
    }
    const moment = this.calendar.nextWorkingMoment(day.set({ hour: 7, minute: 30 + (n % 8) * 20 }).toJSDate());
    return moment > this.now ? this.now : moment;
  }

  private async bringIn(script: Script): Promise<string> {
    const { procedure, sample, from } = script;
    const { applicant, formData } = procedure.samples[sample];
    const base = { procedureCode: procedure.record.code, agencyCode: procedure.agencyCode, formData };
    if (typeof from === 'string') {
      const channel = from === 'buuchinh' ? 'postal' : 'counter';
      return (await this.call(from, 'POST', '/api/dossiers', { ...base, channel, applicant })).code as string;
    }
    const citizen = findDemoCitizen(from.citizen)!;
    const token = await this.citizenToken(citizen);
    const body = { ...base, channel: 'online', resultDelivery: 'online', applicant: { fullName: citizen.name, idNumber: citizen.idNumber ?? citizen.taxCode! } };
    return (await this.request(token, 'POST', '/api/dossiers', body)).code as string;
  }

  private async perform(code: string, move: Move, n: number): Promise<void> {
    if ('receive' in move) await this.call(move.by, 'POST', `/api/dossiers/${code}/receive`);
    else if ('returnBy' in move) await this.call(move.by, 'POST', `/api/dossiers/${code}/return`, { method: move.returnBy });
    else if ('withdraw' in move) await this.call(move.by, 'POST', `/api/dossiers/${code}/withdraw`, { reason: move.withdraw });
    else {
      const dossier = await this.call(move.by, 'GET', `/api/dossiers/${code}`);
      const task = (dossier.openTasks as { id: number; workable: boolean }[]).find((t) => t.workable);
      if (!task) throw new Error(`Demo: ${move.by} has no step to work on ${code}`);
      const formData = move.fill?.(dossier.formData as Record<string, unknown>, localDate(this.clock.now()), n);
      const assignTo = move.assignTo ? await this.assigneeId(move.by, task.id, move.act, move.assignTo) : undefined;
      await this.call(move.by, 'POST', `/api/tasks/${task.id}/complete`, { action: move.act, comment: move.comment, formData, assignTo });
    }
  }

  /** Phân công: the head picks the officer from those the step offers, as in the back office. */
  private async assigneeId(head: string, taskId: number, action: string, username: string): Promise<number> {
    const offered = await this.call(head, 'GET', `/api/tasks/${taskId}/assignees?action=${action}`) as unknown as { id: number; username: string }[];
    const officer = offered.find((candidate) => candidate.username === username);
    if (!officer) throw new Error(`Demo: ${username} is not offered for ${action}`);
    return officer.id;
  }

  private async call(username: string, method: 'GET' | 'POST', url: string, body?: object): Promise<Record<string, unknown>> {
    return this.request(await this.officerToken(username), method, url, body);
  }

  private async request(token: string, method: 'GET' | 'POST', url: string, body?: object): Promise<Record<string, unknown>> {
    const response = await this.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body ? { payload: body } : {}) });
    if (response.statusCode >= 300) throw new Error(`Demo: ${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json();
  }

  /** Demo officers act with tokens signed here: logging each in would trip the sign-in rate limit. */
  private async officerToken(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      const user = await sql(this.app.deps.orm.em.fork()).one<{ id: number; token_version: number }>(
        'select id, token_version from app_user where username = ?', [username]);
      if (!user) throw new Error(`Demo: no officer ${username}`);
      token = this.app.jwt.sign({ sub: String(user.id), ver: user.token_version });
      this.tokens.set(username, token);
    }
    return token;
  }

  /** The citizen's account as their first sign-in at the demo identity provider creates it, so they find these dossiers later. */
  private async citizenToken(citizen: NonNullable<ReturnType<typeof findDemoCitizen>>): Promise<string> {
    const account = await upsertCitizen(this.app.deps.orm.em.fork(), identityFromClaims(claimsOf(citizen)), this.clock.now());
    return this.app.jwt.sign({ sub: String(account.id), ver: account.tokenVersion, kind: 'citizen' });
  }
}
