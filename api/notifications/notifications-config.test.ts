import { ConfigError, loadConfig } from '../config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', BOOTSTRAP_ADMIN_PASSWORD: 'x' };

describe('notifications configuration', () => {
  it('tells applicants by e-mail, SMS and Zalo unless the province says otherwise', () => {
    expect(loadConfig(base).notifications).toEqual({
      channels: ['email', 'sms', 'zalo'], smtpUrl: undefined, mailFrom: 'Cổng Dịch vụ công <khong-tra-loi@dichvucong.local>',
    });
    expect(loadConfig({ ...base, NOTIFY_CHANNELS: ' Email,sms ', SMTP_URL: 'smtps://u:p@mail.tinh.gov.vn:465', MAIL_FROM: 'UBND tỉnh <dvc@tinh.gov.vn>' }).notifications)
      .toEqual({ channels: ['email', 'sms'], smtpUrl: 'smtps://u:p@mail.tinh.gov.vn:465', mailFrom: 'UBND tỉnh <dvc@tinh.gov.vn>' });
    expect(loadConfig({ ...base, NOTIFY_CHANNELS: '' }).notifications.channels).toEqual([]);
  });

  it.each([
    [{ NOTIFY_CHANNELS: 'email,fax' }, 'không nhận: fax'],
    [{ SMTP_URL: 'mail.tinh.gov.vn:25' }, 'SMTP_URL phải có dạng smtp(s)://'],
  ])('names the bad setting %o', (env, named) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(named);
  });
});
