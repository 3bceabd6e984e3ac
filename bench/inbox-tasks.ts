/**
 * Open tasks for the inbox benchmark, written straight to the tables: how a task came to be is
 * tested elsewhere, the inbox only reads its rows. The spread follows a province: one large
 * department (Sở Xây dựng, where the demo officers work) holds a fifth of the open tasks, the
 * other demo agencies and forty more share the rest; most steps are specialists' appraisals, a
 * few are overdue, some have no deadline, half the specialists' tasks are claimed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

type Conn = ReturnType<EntityManager['getConnection']>;

const DAY_MS = 86_400_000;
const EXTRA_AGENCIES = 40;
const STEPS = [
  { role: 'desk_officer', share: 0.1, key: 'desk_return', name: 'Trả kết quả cho tổ chức, cá nhân', department: 'MOTCUA' },
  { role: 'department_head', share: 0.15, key: 'head_assign', name: 'Lãnh đạo phòng xem xét, phân công thụ lý', department: 'expert' },
  { role: 'specialist', share: 0.45, key: 'appraise', name: 'Chuyên viên thẩm định hồ sơ', department: 'expert' },
  { role: 'agency_leader', share: 0.15, key: 'leader_approve', name: 'Lãnh đạo cơ quan phê duyệt', department: null },
  { role: 'clerk', share: 0.15, key: 'clerk_issue', name: 'Văn thư vào số, đóng dấu', department: 'VP' },
] as const;
const PROCEDURE_NAMES = [
  'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II', 'Cấp giấy phép sửa chữa, cải tạo công trình',
  'Điều chỉnh giấy phép xây dựng', 'Gia hạn giấy phép xây dựng', 'Cấp lại giấy phép xây dựng', 'Cấp chứng chỉ hành nghề hoạt động xây dựng',
  'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', 'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở',
  'Cấp giấy phép di dời công trình', 'Chứng thực bản sao từ bản chính', 'Đăng ký khai sinh', 'Đăng ký kết hôn',
  'Cấp phiếu lý lịch tư pháp', 'Đăng ký hộ kinh doanh', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đăng ký biến động đất đai',
  'Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 'Cấp giấy phép môi trường', 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  'Công nhận gia đình văn hóa', 'Trợ cấp xã hội hằng tháng', 'Cấp giấy phép bán lẻ rượu', 'Đăng ký thường trú', 'Cấp giấy phép đào đường',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same province. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Place { id: number; code: string; weight: number; departments: Record<string, number[]> }
interface Officers { other: number; self: Record<string, { id: number; agencyId: number; departmentId: number | null }> }

export interface InboxProvince { places: Place[]; officers: Officers; definitionId: number; versionId: number }

/** Forty more agencies with their departments, two more expert departments in Sở Xây dựng, and an officer of every other desk. */
export async function extendProvince(conn: Conn): Promise<InboxProvince> {
  await conn.execute(`insert into agency (code, name, level_code, parent_id, path)
    select '000.' || lpad(g::text, 2, '0') || '.30.H99', 'Cơ quan thử tải số ' || g, case when g <= 15 then 'province' else 'commune' end, root.id, root.path
      from generate_series(1, ${EXTRA_AGENCIES}) g, (select id, path from agency where parent_id is null) root`);
  await conn.execute(`update agency set path = path || id || '/' where code like '%.30.H99'`);
  await conn.execute(`insert into department (agency_id, code, name)
    select a.id, d.code, d.name from agency a
      cross join (values ('MOTCUA', 'Bộ phận Một cửa'), ('VP', 'Văn phòng'), ('CM1', 'Phòng chuyên môn 1'), ('CM2', 'Phòng chuyên môn 2')) d(code, name)
     where a.code like '%.30.H99'
    union all select a.id, d.code, d.name from agency a
      cross join (values ('QHKT', 'Phòng Quy hoạch - Kiến trúc'), ('HTKT', 'Phòng Hạ tầng kỹ thuật')) d(code, name)
     where a.code = '000.00.14.H99'`);
  const [other] = await conn.execute(`insert into app_user (username, password_hash, full_name, must_change_password)
    values ('canbokhac', 'x', 'Cán bộ khác', false) returning id`);
  const agencies = await conn.execute<{ id: number; code: string }[]>('select id, code from agency where level_code <> \'province\' or parent_id is not null order by id');
  const departments = await conn.execute<{ id: number; agency_id: number; code: string }[]>('select id, agency_id, code from department');
  const weightOf = (code: string) => ({ '000.00.14.H99': 0.2, '000.00.15.H99': 0.08, '000.00.16.H99': 0.08 } as Record<string, number>)[code]
    ?? (code.endsWith('.30.H99') ? 0.6 / EXTRA_AGENCIES : 0.02);
  const places = agencies.map(({ id, code }) => {
    const own = departments.filter((d) => d.agency_id === id);
    const ids = (codes: string[]) => own.filter((d) => codes.includes(d.code)).map((d) => d.id);
    const expert = ids(['QLXD', 'QHKT', 'HTKT', 'HCTP', 'PC06', 'TPHT', 'KT', 'CM1', 'CM2']);
    // The demo department (QLXD) takes half of Sở Xây dựng's expert work, the first listed everywhere.
    return { id, code, weight: weightOf(code), departments: { MOTCUA: ids(['MOTCUA']), VP: ids(['VP']), expert: expert.length ? [expert[0], ...expert] : [] } };
  });
  const demo = await conn.execute<{ id: number; agency_id: number; department_id: number | null; role: string }[]>(
    `select u.id, u.agency_id, u.department_id, r.role from app_user u join user_role r on r.user_id = u.id
      where u.username in ('truongphong', 'chuyenvien', 'lanhdao', 'vanthu', 'motcua')`);
  const self = Object.fromEntries(demo.map((u) => [u.role, { id: u.id, agencyId: u.agency_id, departmentId: u.department_id }]));
  const [definition] = await conn.execute('select id from process_definition order by id limit 1');
  const [version] = await conn.execute('select id from procedure_version order by id limit 1');
  return { places, officers: { other: other.id, self }, definitionId: definition.id, versionId: version.id };
}

/** Adds `count` open tasks, each on its own dossier, numbered from `from`; due dates around `now`. */
export async function insertOpenTasks(conn: Conn, province: InboxProvince, from: number, count: number, now: Date): Promise<void> {
  const next = random(from + 1);
  const pick = <T extends { weight?: number; share?: number }>(items: readonly T[]): T => {
    let r = next();
    for (const item of items) if ((r -= item.weight ?? item.share ?? 0) < 0) return item;
    return items[items.length - 1];
  };
  const rows: Record<string, unknown>[] = [];
  for (let n = from; n < from + count; n += 1) {
    const place = pick(province.places);
    const step = pick(STEPS);
    const choices = step.department ? place.departments[step.department] : [];
    const departmentId = step.department && choices.length ? choices[Math.floor(next() * choices.length)] : null;
    const r = next();
    const dueAt = r < 0.05 ? null : new Date(now.getTime() + (r < 0.15 ? -next() * 15 : next() * 20) * DAY_MS);
    const createdAt = new Date((dueAt ?? now).getTime() - (5 + next() * 10) * DAY_MS);
    const self = province.officers.self[step.role];
    const claim = next();
    const claimed = step.role === 'specialist' ? claim >= 0.35 : claim >= 0.8;
    const mineToClaim = self && self.agencyId === place.id && (self.departmentId === departmentId || departmentId === null);
    const assigneeId = !claimed ? null : (mineToClaim && claim < (step.role === 'specialist' ? 0.5 : 0.9) ? self.id : province.officers.other);
    // A few procedures carry most dossiers, as they do in every agency.
    const procedure = Math.floor(next() ** 2 * PROCEDURE_NAMES.length);
    const status = step.role === 'desk_officer' ? 'result_ready' : step.role === 'clerk' ? (next() < 0.7 ? 'result_ready' : 'processing')
      : next() < 0.08 ? 'supplement_requested' : 'processing';
    const day = createdAt.toISOString().slice(2, 10).replace(/-/g, '');
    rows.push({
      code: `${place.code}-${day}-${String(n).padStart(6, '0')}`, agency_id: place.id, procedure_code: `1.00${String(procedure).padStart(4, '0')}`,
      procedure_name: PROCEDURE_NAMES[procedure], status, task_key: step.key, name: step.name, role: step.role, department_id: departmentId,
      assignee_id: assigneeId, due_at: dueAt, created_at: createdAt,
    });
  }
  for (let start = 0; start < rows.length; start += 10_000) {
    await conn.execute(`
      with input as (
        select * from jsonb_to_recordset(?::jsonb) as x(code text, agency_id int, procedure_code text, procedure_name text, status text,
          task_key text, name text, role text, department_id int, assignee_id int, due_at timestamptz, created_at timestamptz)),
      d as (
        insert into dossier (code, procedure_version_id, procedure_code, procedure_name, agency_id, process_definition_id, channel, status,
                             applicant, received_at, due_at, created_at, updated_at)
        select code, ?, procedure_code, procedure_name, agency_id, ?, 'counter', status, '{"fullName": "Nguyễn Văn An"}', created_at, due_at, created_at, created_at
          from input returning id, code)
      insert into task (dossier_id, instance_id, task_key, name, role, agency_id, department_id, assignee_id, actions, created_at, due_at, claimed_at)
      select d.id, 'bench-' || d.id, i.task_key, i.name, i.role, i.agency_id, i.department_id, i.assignee_id, '{submit,request_supplement}',
             i.created_at, i.due_at, case when i.assignee_id is not null then i.created_at end
        from d join input i on i.code = d.code`,
    [JSON.stringify(rows.slice(start, start + 10_000)), province.versionId, province.definitionId]);
  }
  await conn.execute('vacuum analyze task');
  await conn.execute('vacuum analyze dossier');
}
