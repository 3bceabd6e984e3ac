import { ApiError } from './api-error';

describe('an API failure as the web apps show it', () => {
  it('keeps the server\'s Vietnamese message, code and field problems', () => {
    const error = ApiError.fromResponse(422, {
      error: { code: 'ASSIGNEE_NOT_ELIGIBLE', message: 'Cán bộ được phân công không xử lý được bước tiếp theo của hồ sơ.', details: [
        { path: '/assignTo', message: 'Cán bộ được chọn không xử lý được bước tiếp theo của hồ sơ này.' },
        { path: '/formData/owner/name', message: 'Bắt buộc.' },
        { nonsense: true },
      ] },
    }, 'Đăng nhập lại.');
    expect(error).toEqual(expect.objectContaining({ status: 422, code: 'ASSIGNEE_NOT_ELIGIBLE', message: 'Cán bộ được phân công không xử lý được bước tiếp theo của hồ sơ.' }));
    expect(error.details).toHaveLength(2);
    expect([...error.byField().keys()]).toEqual(['assignTo', 'formData']);
  });

  it('says something sensible when the body is not the API\'s (a proxy, a dropped connection)', () => {
    expect(ApiError.fromResponse(0, null, 'x')).toEqual(expect.objectContaining({ code: 'NETWORK', message: expect.stringContaining('Không kết nối được') }));
    expect(ApiError.fromResponse(502, '<html>Bad gateway</html>', 'x')).toEqual(expect.objectContaining({ code: 'HTTP_502', message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' }));
    expect(ApiError.fromResponse(418, null, 'x').message).toBe('Lỗi không xác định (mã 418).');
  });

  it('asks the users of each app to sign in again in its own words', () => {
    expect(ApiError.fromResponse(401, null, 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.').message).toBe('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
  });
});
