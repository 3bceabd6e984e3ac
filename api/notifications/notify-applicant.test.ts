import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { constructionPermit } from '../../processes';
import { seedDemoProvince } from '../demo/seed';
import { act, demoTokens } from '../../test/support/demo-dossiers';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';

/** A real SMTP server on localhost that keeps what it is sent, and can be told to refuse mail for a while. */
async function startMailbox() {
  const received: ParsedMail[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      callback(state.refusing ? Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }) : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the applicant hears about their dossier by e-mail, SMS and Zalo (G1)', () => {
  let platform: TestPlatform;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  const { applicant: sample, formData } = constructionPermit.samples[0];
  const applicant = { ...sample, email: 'nguyenvanan@example.vn' };

  beforeAll(async () => {
    mailbox = await startMailbox();
    platform = await startTestPlatform({ SMTP_URL: mailbox.url, PUBLIC_URL: 'https://dichvucong.demo.gov.vn' });
    await seedDemoProvince(platform.orm.em.fork());
    tokens = await demoTokens(platform);
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await mailbox?.close();
  });

  async function receive(): Promise<string> {
    const response = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: constructionPermit.record.code, agencyCode: constructionPermit.agencyCode, channel: 'counter', applicant, formData,
    });
    expect(response.status).toBe(201);
    return response.body.code;
  }
  const notifications = async (code: string) => (await platform.http.get(`/api/dossiers/${code}/notifications`).set(bearer(tokens.motcua))).body as {
    kind: string; channel: string; recipient: string; subject: string; body: string; status: string; error: string | null; attempt: number;
  }[];
  const mailsAbout = (code: string) => mailbox.received.filter((mail) => mail.subject?.includes(code));

  it('tells them the dossier was received, with the appointment date and the link to follow it', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receive();
    // given: the reception committed; the notice goes out with the next pass of the job queue
    await platform.app.timers.runDue();

    const [mail] = mailsAbout(code);
    expect(mail.to).toEqual(expect.objectContaining({ text: 'nguyenvanan@example.vn' }));
    expect(mail.subject).toBe(`Hồ sơ ${code} đã được tiếp nhận`);
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Văn An,');
    expect(mail.text).toContain('Sở Xây dựng');
    expect(mail.text).toContain('Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 23 tháng 3 năm 2026.');
    expect(mail.text).toContain(`https://dichvucong.demo.gov.vn/tra-cuu/${code}`);

    const sent = await notifications(code);
    expect(sent.map((n) => [n.channel, n.recipient, n.status])).toEqual([
      ['email', 'nguyenvanan@example.vn', 'sent'], ['sms', '0912345678', 'sent'], ['zalo', '0912345678', 'sent'],
    ]);
    expect(sent[1].body).toMatch(new RegExp(`^Hồ sơ ${code}: .*đã tiếp nhận hồ sơ`));

    // and: a second pass sends nothing again
    await platform.app.timers.runDue();
    expect(mailsAbout(code)).toHaveLength(1);
  });

  it('tells them what to supplement, in the words of the officer who asked', async () => {
    const code = await receive();
    await act(platform, tokens.truongphong, code, 'assign');
    await act(platform, tokens.chuyenvien, code, 'request_supplement', 'Thiếu bản vẽ mặt cắt công trình.');
    await platform.app.timers.runDue();
    // The specialist's proposal is not yet a request: only the reception was announced.
    expect(mailsAbout(code).map((mail) => mail.subject)).toEqual([`Hồ sơ ${code} đã được tiếp nhận`]);

    await act(platform, tokens.truongphong, code, 'request_supplement', 'Bổ sung bản vẽ mặt cắt công trình');
    await platform.app.timers.runDue();
    const request = mailsAbout(code)[1];
    expect(request.subject).toBe(`Hồ sơ ${code} cần bổ sung, hoàn thiện`);
    expect(request.text).toContain('Lý do: Bổ sung bản vẽ mặt cắt công trình.');
    expect((await notifications(code)).filter((n) => n.kind === 'supplement_requested')).toHaveLength(3);
  });

  it('tries the e-mail again later when the mail server refused it, without repeating the SMS and Zalo', async () => {
    mailbox.state.refusing = true;
    platform.clock.set(new Date('2026-03-04T09:00:00+07:00'));
    const code = await receive();
    await platform.app.timers.runDue();
    const first = await notifications(code);
    expect(first.map((n) => [n.channel, n.status, n.attempt])).toEqual([['email', 'failed', 1], ['sms', 'sent', 1], ['zalo', 'sent', 1]]);
    expect(first[0].error).toContain('451 Mailbox temporarily unavailable');

    // when: the server takes mail again; four minutes on it is not yet time, five minutes on it is
    mailbox.state.refusing = false;
    await platform.http.post('/api/test/clock').send({ now: '2026-03-04T09:04:00+07:00' });
    expect(mailsAbout(code)).toHaveLength(0);
    await platform.http.post('/api/test/clock').send({ now: '2026-03-04T09:05:00+07:00' });

    expect(mailsAbout(code).map((mail) => mail.subject)).toEqual([`Hồ sơ ${code} đã được tiếp nhận`]);
    expect((await notifications(code)).map((n) => [n.channel, n.status, n.attempt]))
      .toEqual([['email', 'failed', 1], ['sms', 'sent', 1], ['zalo', 'sent', 1], ['email', 'sent', 2]]);
  });

  it('shows the applicant\'s notices to nobody outside the dossier\'s agency', async () => {
    const code = await receive();
    const outsider = await platform.login('motcuatp', 'TinhDemo@2026');
    const response = await platform.http.get(`/api/dossiers/${code}/notifications`).set(bearer(outsider));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('DOSSIER_NOT_FOUND');
  });
});
