import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';

describe('the province working calendar through the API', () => {
  let platform: TestPlatform;
  let admin: string;
  const dueDate = async (from: string, value: number, unit: string) =>
    (await platform.http.get('/api/calendar/due-date').query({ from, value, unit })).body;

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
  });
  afterAll(() => platform.close());

  it('counts working days and hours across nights, lunch and weekends', async () => {
    expect((await dueDate('2026-03-02T09:00:00+07:00', 1, 'working_days')).dueAt).toBe('2026-03-03T09:00:00+07:00');
    expect((await dueDate('2026-03-06T16:00:00+07:00', 3, 'working_hours')).dueAt).toBe('2026-03-09T09:30:00+07:00');
  });

  it('starts counting at the next working hour for a submission made on Saturday (D2)', async () => {
    const result = await dueDate('2026-03-07T10:00:00+07:00', 8, 'working_hours');
    expect(result.startsAt).toBe('2026-03-09T07:30:00+07:00');
  });

  it('skips public holidays once the control office declares them, and counts a swapped Saturday', async () => {
    const put = await platform.http.put('/api/admin/calendar/holidays').set(bearer(admin))
      .send({ year: 2026, days: ['2026-03-03'], swappedWorkingDays: ['2026-03-07'] });
    expect(put.status).toBe(200);
    expect(put.body.holidays).toContain('2026-03-03');
    expect((await dueDate('2026-03-02T09:00:00+07:00', 1, 'working_days')).dueAt).toBe('2026-03-04T09:00:00+07:00');
    expect((await dueDate('2026-03-06T09:00:00+07:00', 1, 'working_days')).dueAt).toBe('2026-03-07T09:00:00+07:00');
  });

  it('changes working hours for the whole province', async () => {
    const put = await platform.http.put('/api/admin/calendar').set(bearer(admin))
      .send({ workingHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], weekendDays: [6, 7] });
    expect(put.status).toBe(200);
    expect((await dueDate('2026-03-09T11:00:00+07:00', 2, 'working_hours')).dueAt).toBe('2026-03-09T14:00:00+07:00');
  });

  it('refuses overlapping hours and dates outside the year, keeping the calendar as it was', async () => {
    const overlapping = await platform.http.put('/api/admin/calendar').set(bearer(admin))
      .send({ workingHours: [{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }], weekendDays: [6, 7] });
    expect(overlapping.status).toBe(422);
    expect(overlapping.body.error.code).toBe('CALENDAR_RULES_INVALID');
    expect(overlapping.body.error.details.length).toBeGreaterThan(0);
    const wrongYear = await platform.http.put('/api/admin/calendar/holidays').set(bearer(admin)).send({ year: 2026, days: ['2027-01-01'] });
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.error.details[0].path).toBe('/holidays/0');
    expect((await platform.http.get('/api/calendar')).body.workingHours[0].start).toBe('08:00');
  });

  it('refuses a malformed query with the field named', async () => {
    const response = await platform.http.get('/api/calendar/due-date').query({ from: 'hôm qua', value: 1, unit: 'working_days' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('/querystring/from');
  });
});
