import type { EntityManager } from '@mikro-orm/postgresql';
import { catalogueCodesOf } from './agency-catalogue';
import type { ServiceLevel, WorkingDuration } from './model';
import { sql } from './sql';

/**
 * Tra cứu thủ tục (REQUIREMENTS A7; CT 3.3, ST 9.1), in PostgreSQL. Names are indexed without
 * diacritics (`search_normalize`: unaccent, then lower case) under a trigram index, so
 * "cap giay phep xay dung" and "Cấp giấy phép xây dựng" meet, and a typo still leaves most
 * trigrams in common. Only versions in force are searched.
 */

export interface SearchQuery {
  q?: string;
  sectorCode?: string;
  agencyCode?: string;
  /** The administrative level of an implementing agency (province, commune, …). */
  level?: string;
  serviceLevel?: ServiceLevel;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  code: string;
  name: string;
  version: number;
  sectorCode: string;
  sectorName: string;
  serviceLevel: ServiceLevel;
  processingTime: WorkingDuration;
  immediateResult: boolean;
  postalAllowed: boolean;
  crossBoundary: boolean;
  agencyCodes: string[];
  /** Higher is a better match; 0 without a keyword. */
  score: number;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
}

/**
 * How close a name must be, as pg_trgm's word similarity (0-1): low enough for a typo or a missing
 * diacritic-free letter, high enough that unrelated names with common syllables stay out.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface HitRow {
  procedure_id: number;
  code: string;
  version: number;
  name: string;
  sector_code: string;
  sector_name: string;
  service_level: ServiceLevel;
  processing_time_value: string;
  processing_time_unit: WorkingDuration['unit'];
  immediate_result: boolean;
  postal_allowed: boolean;
  cross_boundary: boolean;
  score: string | number;
  total: string | number;
}

export async function searchProcedures(em: EntityManager, query: SearchQuery): Promise<SearchPage> {
  const q = query.q?.trim() ?? '';
  const conditions = [`v.status = 'published'`];
  const params: unknown[] = [q, q];
  let score = '0';
  if (q !== '') {
    // Prefix and substring matches rank above fuzzy ones; the national code matches exactly or by prefix.
    conditions.push(`(v.search_name %> k.text or v.search_name like '%' || k.pattern || '%' escape '\\' or p.code like ? escape '\\')`);
    params.push(`${escapeLike(q)}%`);
    score = `(case when p.code = k.raw then 3 else 0 end)
      + (case when v.search_name like k.pattern || '%' escape '\\' then 2
              when v.search_name like '%' || k.pattern || '%' escape '\\' then 1 else 0 end)
      + word_similarity(k.text, v.search_name) + 0.1 * similarity(k.text, v.search_name)`;
  }
  const filters: [unknown, string][] = [
    [query.sectorCode, 's.code = ?'],
    [query.serviceLevel, 'v.service_level = ?'],
    [query.agencyCode, 'exists (select 1 from procedure_agency pa join agency a on a.id = pa.agency_id where pa.procedure_id = v.procedure_id and a.code = ?)'],
    [query.level, 'exists (select 1 from procedure_agency pa join agency a on a.id = pa.agency_id where pa.procedure_id = v.procedure_id and a.level_code = ?)'],
  ];
  for (const [value, condition] of filters) {
    if (value === undefined || value === '') continue;
    conditions.push(condition);
    params.push(value);
  }
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const text = `
    with k as (
      select raw, text, replace(replace(replace(text, '\\', '\\\\'), '%', '\\%'), '_', '\\_') as pattern
        from (select ?::text as raw, search_normalize(?::text) as text) given
    )
    select v.procedure_id, p.code, v.version, v.name, s.code as sector_code, s.name as sector_name, v.service_level,
           v.processing_time_value, v.processing_time_unit, v.immediate_result, v.postal_allowed, v.cross_boundary,
           ${score} as score, count(*) over () as total
      from procedure_version v
      join procedure p on p.id = v.procedure_id
      join sector s on s.id = v.sector_id
      cross join k
     where ${conditions.join(' and ')}
     order by score desc, v.name, p.code
     limit ? offset ?`;
  // The threshold is set for this transaction only, so other queries on the pooled connection keep the default.
  const rows = await em.transactional(async (tx) => {
    await sql(tx, 'select set_config(?, ?, true)', ['pg_trgm.word_similarity_threshold', String(WORD_SIMILARITY_THRESHOLD)]);
    return sql<HitRow>(tx, text, params);
  });
  const agencies = await catalogueCodesOf(em, rows.map((row) => row.procedure_id));
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    items: rows.map((row) => ({
      code: row.code,
      name: row.name,
      version: row.version,
      sectorCode: row.sector_code,
      sectorName: row.sector_name,
      serviceLevel: row.service_level,
      processingTime: { value: Number(row.processing_time_value), unit: row.processing_time_unit },
      immediateResult: row.immediate_result,
      postalAllowed: row.postal_allowed,
      crossBoundary: row.cross_boundary,
      agencyCodes: agencies.get(row.procedure_id) ?? [],
      score: Math.round(Number(row.score) * 1000) / 1000,
    })),
  };
}
