import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/* The database of expertise over HTTP: registered, updated, withdrawn, and searched by area when brokering support. */

interface Match {
  staffId: string;
  academyId: string | null;
  hub: string | null;
  sameHub: boolean;
  matchedOn: string;
}

describe('Database of expertise', () => {
  let api: TestApp;
  let director: string;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-03-12T09:00:00.000Z') });
    await registerAcademy(api.server, '820001', { hub: 'North' });
    await registerAcademy(api.server, '820002', { hub: 'South' });
    director = await tokenFor({ sub: 'dee', roles: ['improvement-director'] });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const entry = (staffId: string, academyId: string | null, role: string, areas: string[], otherAreas: string[] = []) => ({
    staffId,
    name: `Staff ${staffId}`,
    academyId,
    role,
    areas,
    otherAreas,
  });

  it('registers, updates and withdraws entries, and answers a search ranked hub first', async () => {
    const registered = commandAnswer(await api.as(director).post('/expertise').send(entry('north-teacher', '820001', 'teacher', ['phonics'])).expect(201));
    expect(registered).toMatchObject({ id: 'north-teacher', streamId: 'expertise-north-teacher', events: ['ExpertiseRegistered'] });
    await api.as(director).post('/expertise').send(entry('south-head', '820002', 'headteacher', ['leadership'])).expect(201);
    await api.as(director).post('/expertise').send(entry('hub-lead', null, 'hub-lead', ['send'], ['Read Write Inc phonics'])).expect(201);
    await api.as(director).post('/expertise').send(entry('leaver', '820002', 'teacher', ['phonics'])).expect(201);

    const { staffId: _staffId, ...profile } = entry('south-head', '820002', 'headteacher', ['leadership', 'phonics']);
    const updated = commandAnswer(await api.as(director).put('/expertise/south-head').send(profile).expect(201));
    expect(updated.events).toEqual(['ExpertiseUpdated']);
    expect(commandAnswer(await api.as(director).put('/expertise/south-head').send(profile).expect(201)).events).toEqual([]);
    const withdrawn = commandAnswer(await api.as(director).post('/expertise/leaver/withdrawal').send({ reason: 'Left the trust' }).expect(201));
    expect(withdrawn.events).toEqual(['ExpertiseWithdrawn']);

    const found = await api.as(director).get('/expertise').query({ area: 'phonics', hub: 'South', minPosition: withdrawn.position }).expect(200);
    expect((found.body as Match[]).map(({ staffId, hub, sameHub, matchedOn }) => [staffId, hub, sameHub, matchedOn])).toEqual([
      ['south-head', 'South', true, 'area'],
      ['north-teacher', 'North', false, 'area'],
      ['hub-lead', null, false, 'other-area'],
    ]);
    const excluding = await api.as(director).get('/expertise').query({ area: 'phonics', excludeAcademyId: '820002' }).expect(200);
    expect((excluding.body as Match[]).map((match) => match.staffId)).toEqual(['north-teacher', 'hub-lead']);
  });

  it('answers 400 naming the field, 404 for an unknown academy or entry, 409 for a duplicate, 422 to update the withdrawn', async () => {
    expect(errorAnswer(await api.as(director).post('/expertise').send(entry('x', '820001', 'teacher', ['juggling'])).expect(400)).fields).toEqual(['areas[0]']);
    expect(errorAnswer(await api.as(director).post('/expertise').send(entry('x', '12', 'teacher', ['phonics'])).expect(400)).fields).toEqual(['academyId']);
    expect(errorAnswer(await api.as(director).get('/expertise').expect(400)).fields).toEqual(['area']);
    await api.as(director).post('/expertise').send(entry('x', '829999', 'teacher', ['phonics'])).expect(404);
    await api.as(director).post('/expertise/nobody/withdrawal').send({}).expect(404);
    await api.as(director).post('/expertise').send(entry('north-teacher', '820001', 'teacher', ['phonics'])).expect(409);
    const { staffId: _staffId, ...profile } = entry('leaver', '820002', 'teacher', ['phonics']);
    await api.as(director).put('/expertise/leaver').send(profile).expect(422);
    const head = await tokenFor({ sub: 'ht', roles: ['headteacher'], academies: ['820001'] });
    await api.as(head).get('/expertise').query({ area: 'phonics' }).expect(403);
  });
});
