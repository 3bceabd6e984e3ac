import type { ParamMap, Params } from '@angular/router';
import type { InboxFilters, InboxQuery } from './tasks-api';
import type { Urgency } from './time-left';

export const PAGE_SIZE = 50;

const URGENCIES: readonly string[] = ['overdue', 'due_soon', 'on_time', 'no_deadline'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The inbox's state lives in its URL (?timeLeft=overdue&page=3…), so a reload, a bookmark or
 * the back button bring the same view. Anything malformed in a hand-edited URL is ignored.
 */
export function queryFromUrl(params: ParamMap): InboxQuery {
  const text = (name: string) => params.get(name)?.slice(0, 50) ?? '';
  const timeLeft = text('timeLeft');
  const page = Number(params.get('page'));
  return {
    timeLeft: URGENCIES.includes(timeLeft) ? (timeLeft as Urgency) : '',
    procedureCode: text('procedureCode'),
    dossierStatus: text('dossierStatus'),
    dueBy: DAY.test(text('dueBefore')) ? text('dueBefore') : '',
    q: text('q'),
    mine: params.get('mine') === 'true',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** The URL's query parameters of a state: defaults are left out, so a plain inbox is just /inbox. */
export function urlFromQuery(query: InboxQuery): Params {
  const params: Params = {};
  if (query.timeLeft) params['timeLeft'] = query.timeLeft;
  if (query.procedureCode) params['procedureCode'] = query.procedureCode;
  if (query.dossierStatus) params['dossierStatus'] = query.dossierStatus;
  if (query.dueBy) params['dueBefore'] = query.dueBy;
  if (query.q.trim()) params['q'] = query.q.trim();
  if (query.mine) params['mine'] = 'true';
  if (query.page > 1) params['page'] = query.page;
  return params;
}

/** The filters alone, as a key: the summary is asked again only when it changes, not per page. */
export function filtersKey({ timeLeft, procedureCode, dossierStatus, dueBy, q, mine }: InboxFilters): string {
  return JSON.stringify([timeLeft, procedureCode, dossierStatus, dueBy, q.trim(), mine]);
}

export function hasFilters(query: InboxFilters): boolean {
  return Boolean(query.timeLeft || query.procedureCode || query.dossierStatus || query.dueBy || query.q.trim() || query.mine);
}
