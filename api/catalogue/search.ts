import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceLevel, WorkingDuration } from './model';
import { sql } from './sql';

/**
 * Tra cứu thủ tục (REQUIREMENTS A7; CT 3.3, ST 9.1), in PostgreSQL. Names are indexed without
 * diacritics (`search_normalize`: unaccent, then lower case) as full-text words, so
 * "cap giay phep xay dung" and "Cấp giấy phép xây dựng" meet; a mistyped word is corrected
 * against the vocabulary of every name's syllables (`search_word`). Trigram similarity only
 * ranks the few names that matched. Only versions in force are searched.
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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Looks like a national code (`1.000948`): then codes match by prefix too. */
const CODE_LIKE = /^[0-9][0-9.]*$/;

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
  agency_codes: string[];
}

/**
 * The keyword, unaccented, as two full-text queries over the names' syllables. Each word stands
 * for itself or any known syllable one edit away (two for long words): "dumg" reads as "dung".
 * The last word is also a prefix, for searching while typing. `all_words` wants every word;
 * `any_word`, the fallback, wants one. Twelve words are plenty for a procedure's name.
 */
const KEYWORD = `
  given as (select ?::text as raw, search_normalize(?::text) as text),
  words as (
    select t.w, row_number() over (order by t.ord) as ord
      from given, regexp_split_to_table(given.text, '[^a-z0-9]+') with ordinality as t(w, ord)
     where t.w <> '' order by t.ord limit 12
  ),
  alternatives as (
    select words.ord, words.w, array_agg(distinct sw.word) filter (where sw.word is not null) as alts
      from words
      left join search_word sw on sw.word = words.w or (
        length(words.w) >= 3 and length(sw.word) between length(words.w) - 1 and length(words.w) + 1
        and levenshtein_less_equal(sw.word, words.w, case when length(words.w) >= 7 then 2 else 1 end)
            <= case when length(words.w) >= 7 then 2 else 1 end)
     group by words.ord, words.w
  ),
  parts as (
    select a.ord, '(' || (
      select string_agg(x || case when a.ord = (select max(ord) from words) then ':*' else '' end, ' | ')
        from unnest(coalesce(a.alts, array[a.w])) x) || ')' as part
      from alternatives a
  ),
  k as materialized (
    select g.raw, g.text,
           replace(replace(replace(g.text, '\\', '\\\\'), '%', '\\%'), '_', '\\_') as pattern,
           (select to_tsquery('simple', string_agg(part, ' & ' order by ord)) from parts) as all_words,
           (select to_tsquery('simple', string_agg(part, ' | ' order by ord)) from parts) as any_word,
           (select to_tsquery('simple', string_agg(w, ' | ')) from words) as as_typed
      from given g
  )`;

async function runSearch(em: EntityManager, query: SearchQuery, mode: 'all_words' | 'any_word'): Promise<HitRow[]> {
  const q = query.q?.trim() ?? '';
  const conditions = [`v.status = 'published'`];
  const params: unknown[] = [q, q];
  let score = '0';
  if (q !== '') {
    const byCode = CODE_LIKE.test(q);
    conditions.push(`(v.search_vector @@ k.${mode}${byCode ? ` or p.code like ? escape '\\'` : ''})`);
    if (byCode) params.push(`${escapeLike(q)}%`);
    // A prefix or a phrase match ranks first, then the names with more of the words as typed (not corrected);
    // ties go to the shorter name, the one with fewer words the citizen did not ask for.
    score = `(case when p.code = k.raw then 3 else 0 end)
      + (case when v.search_name like k.pattern || '%' escape '\\' then 2
              when v.search_name like '%' || k.pattern || '%' escape '\\' then 1 else 0 end)
      + coalesce(ts_rank(v.search_vector, k.as_typed, 0), 0)`;
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
  // The page's agencies come in the same round trip, looked up for the page's rows only.
  return sql<HitRow>(em, `
    with ${KEYWORD},
    hits as (
      select v.procedure_id, p.code, v.version, v.name, s.code as sector_code, s.name as sector_name, v.service_level,
             v.processing_time_value, v.processing_time_unit, v.immediate_result, v.postal_allowed, v.cross_boundary,
             ${score} as score, count(*) over () as total, v.search_name
        from procedure_version v
        join procedure p on p.id = v.procedure_id
        join sector s on s.id = v.sector_id
        cross join k
       where ${conditions.join(' and ')}
       order by score desc, ${q !== '' ? 'length(v.search_name), ' : ''}v.search_name, p.code
       limit ? offset ?
    )
    select hits.*, coalesce((select json_agg(a.code order by a.path) from procedure_agency pa join agency a on a.id = pa.agency_id
                              where pa.procedure_id = hits.procedure_id), '[]') as agency_codes
      from hits
     order by score desc, ${q !== '' ? 'length(search_name), ' : ''}search_name, code`, params);
}

export async function searchProcedures(em: EntityManager, query: SearchQuery): Promise<SearchPage> {
  let rows = await runSearch(em, query, 'all_words');
  if (rows.length === 0 && /\s/.test(query.q?.trim() ?? '')) {
    // No name has every word (one the catalogue never uses, say): the names with the most of them instead.
    const beyondTheEnd = query.page > 1 && (await runSearch(em, { ...query, page: 1, pageSize: 1 }, 'all_words')).length > 0;
    if (!beyondTheEnd) rows = await runSearch(em, query, 'any_word');
  }
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
      agencyCodes: row.agency_codes,
      score: Math.round(Number(row.score) * 1000) / 1000,
    })),
  };
}
