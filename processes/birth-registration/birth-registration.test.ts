import { act, demoLogins, receiveSample, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { birthRegistration } from './procedure';

/** Đăng ký khai sinh at xã An Phú: the civil-status officer records it, the chairman signs, within a working day. */
describe('birth registration', () => {
  let platform: TestPlatform;
  let officers: Record<'motcuaxa' | 'hotich' | 'kinhte' | 'chutichxa', string>;
  const declared = birthRegistration.samples[0].formData;
  const entry = { number: '125', book: '01/2026', registeredOn: '2026-03-02' };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    officers = await demoLogins(platform, 'motcuaxa', 'hotich', 'kinhte', 'chutichxa');
  });
  afterAll(() => platform.close());

  it('is entered in the civil-status register and signed the same day', async () => {
    platform.clock.set(new Date('2026-03-02T08:00:00+07:00'));
    const code = await receiveSample(platform, officers.motcuaxa, birthRegistration);
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body.dueAt).toBe('2026-03-03T08:00:00+07:00');
    const inbox = async (token: string) => ((await platform.http.get('/api/tasks').set(bearer(token))).body as { dossierCode: string }[]).map((t) => t.dossierCode);
    expect(await inbox(officers.hotich)).toContain(code);
    expect(await inbox(officers.kinhte)).not.toContain(code);

    // The officer corrects the child's name as the parents spelled it at the desk, and writes the register entry.
    const corrected = { ...declared, child: { ...declared.child, fullName: 'Trần Gia Bảo Anh' }, registration: entry };
    expect((await act(platform, officers.hotich, code, 'submit', undefined, corrected)).status).toBe(200);
    platform.clock.set(new Date('2026-03-02T10:30:00+07:00'));
    expect((await act(platform, officers.chutichxa, code, 'approve')).body.status).toBe('result_ready');
    expect((await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(officers.motcuaxa)).send({ method: 'counter' })).status).toBe(200);

    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body;
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', timeliness: 'early' }));
    expect(closed.formData.child.fullName).toBe('Trần Gia Bảo Anh');
    expect(closed.formData.registration).toEqual(entry);
  });

  it('does not let the civil-status officer rewrite the mother’s declaration', async () => {
    const code = await receiveSample(platform, officers.motcuaxa, birthRegistration, { sample: 1 });
    const sample = birthRegistration.samples[1].formData;
    const changed = { ...sample, mother: { ...sample.mother, fullName: 'Người Khác' }, registration: entry };
    const response = await act(platform, officers.hotich, code, 'submit', undefined, changed);
    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual([expect.objectContaining({ path: '/formData/mother/fullName' })]);
  });
});
