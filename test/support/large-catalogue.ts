import type { EntityManager } from '@mikro-orm/postgresql';

const ACTIONS = [
  'Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Đăng ký', 'Đăng ký thay đổi', 'Xác nhận', 'Thẩm định',
  'Phê duyệt', 'Công nhận', 'Chứng nhận', 'Cho phép', 'Chấp thuận', 'Hủy bỏ', 'Bổ sung', 'Sửa đổi', 'Giải quyết', 'Tiếp nhận',
  'Thông báo', 'Cấp bản sao', 'Cấp trích lục', 'Đình chỉ', 'Khôi phục', 'Chuyển đổi', 'Công bố', 'Kiểm tra', 'Hỗ trợ', 'Miễn',
  'Giảm', 'Hoàn trả', 'Phân loại', 'Xếp hạng', 'Giao', 'Cho thuê', 'Chuyển nhượng', 'Tách', 'Hợp nhất', 'Giải thể',
];
const OBJECTS = [
  'giấy phép xây dựng', 'giấy phép kinh doanh vận tải', 'giấy chứng nhận quyền sử dụng đất', 'giấy phép lái xe', 'chứng chỉ hành nghề y',
  'giấy phép môi trường', 'giấy chứng nhận đăng ký hộ kinh doanh', 'giấy phép khai thác nước', 'giấy phép hoạt động giáo dục', 'giấy phép biểu diễn nghệ thuật',
  'giấy phép quảng cáo', 'giấy chứng nhận an toàn thực phẩm', 'giấy phép bán lẻ rượu', 'giấy phép bán lẻ thuốc lá', 'chứng chỉ hành nghề dược',
  'giấy phép lao động cho người nước ngoài', 'giấy phép thành lập trường mầm non', 'giấy phép hoạt động khoáng sản', 'giấy phép xả thải', 'giấy phép đào đường',
  'giấy phép sử dụng tần số', 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu', 'giấy phép tổ chức lễ hội', 'giấy phép hoạt động thủy sản', 'giấy phép khai thác rừng',
  'giấy chứng nhận kiểm dịch động vật', 'giấy phép vận chuyển hàng nguy hiểm', 'giấy phép xuất bản bản tin', 'giấy phép thiết lập trang thông tin điện tử', 'giấy phép hoạt động điện lực',
  'trợ cấp xã hội hằng tháng', 'học bổng chính sách', 'hộ nghèo, hộ cận nghèo', 'nhà ở xã hội', 'đất ở cho hộ gia đình',
  'quyền sở hữu nhà ở', 'hợp tác xã', 'tổ hợp tác', 'cơ sở trợ giúp xã hội', 'danh hiệu gia đình văn hóa',
  'làng nghề truyền thống', 'di tích lịch sử văn hóa', 'câu lạc bộ thể thao', 'cơ sở kinh doanh karaoke', 'cơ sở lưu trú du lịch',
  'phương tiện thủy nội địa', 'bến thủy nội địa', 'trạm cân xe', 'chợ hạng ba', 'điểm bán lẻ xăng dầu',
];

/**
 * A province-sized catalogue: 2,000 published procedures, every action on every subject, spread
 * over the given sectors and agencies. Written straight to the tables: the lifecycle is tested
 * elsewhere; searching it needs only the shape of the data. Returns the names, in code order.
 */
export async function insertLargeCatalogue(em: EntityManager, sectors: string[], agencies: string[]): Promise<string[]> {
  const names = ACTIONS.flatMap((action) => OBJECTS.map((object) => `${action} ${object}`));
  const rows = names.map((name, i) => ({ code: `8.${String(i).padStart(6, '0')}`, name, sector: sectors[i % sectors.length], agency: agencies[i % agencies.length] }));
  await em.getConnection().execute(`
    with input as (select x->>'code' as code, x->>'name' as name, x->>'sector' as sector, x->>'agency' as agency from jsonb_array_elements(?::jsonb) x),
    p as (insert into procedure (code) select code from input returning id, code),
    v as (insert into procedure_version (procedure_id, version, status, name, sector_id, processing_time_value, processing_time_unit, service_level, decision_number, decision_date, published_at)
          select p.id, 1, 'published', i.name, s.id, 10, 'working_days', 'level2', '1/QĐ-UBND', '2026-01-01', now()
            from p join input i on i.code = p.code join sector s on s.code = i.sector returning procedure_id)
    insert into procedure_agency (procedure_id, agency_id) select p.id, a.id from p join input i on i.code = p.code join agency a on a.code = i.agency`,
  [JSON.stringify(rows)]);
  await em.getConnection().execute('analyze');
  return names;
}
