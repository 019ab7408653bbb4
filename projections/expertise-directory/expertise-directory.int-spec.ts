import { withTransaction } from '@trust/database';
import { expertiseDecider, findExpertise, type DomainEvent, type ExpertiseCommand, type ExpertiseEvent } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { evolveExpertiseDirectory, initialExpertiseDirectory, listingsOf } from './expertise-directory.js';
import { expertiseDirectoryProjection } from './expertise-directory.projection.js';
import { searchExpertise, type ExpertiseMatchView } from './expertise-directory.queries.js';
import { recordAll } from '../test-support/stored-events.js';

const NOW = { now: new Date('2025-03-12T12:00:00Z') };

function decide(command: ExpertiseCommand, history: readonly ExpertiseEvent[] = []): ExpertiseEvent[] {
  return expertiseDecider.decide(command, history.reduce(expertiseDecider.evolve, expertiseDecider.initialState()), NOW);
}

const academy = (academyId: string, hub: string): DomainEvent => ({
  type: 'AcademyRegistered',
  data: { academyId, name: `Academy ${academyId}`, phase: 'primary', hub, joinedOn: '2019-09-01', predecessorUrns: [] },
});

const register = (staffId: string, name: string, academyId: string | null, role: string, areas: string[], otherAreas: string[] = []): ExpertiseEvent[] =>
  decide({ type: 'RegisterExpertise', staffId, name, academyId, role, areas, otherAreas });

function history(): DomainEvent[] {
  const withdrawn = register('s-5', 'Eve Gone', '140002', 'teacher', ['phonics']);
  const updated = register('s-6', 'Fay Moved', '140001', 'teacher', ['maths-mastery']);
  return [
    academy('140001', 'North'),
    academy('140002', 'South'),
    ...register('s-1', 'Zoe North', '140001', 'teacher', ['phonics', 'early-reading']),
    ...register('s-2', 'Amy South', '140002', 'headteacher', ['phonics', 'leadership']),
    ...register('s-3', 'Ben Centre', null, 'hub-lead', ['send']),
    ...register('s-4', 'Cal South', '140002', 'teacher', ['writing'], ['Read Write Inc phonics', 'Talk for Writing']),
    ...withdrawn,
    ...decide({ type: 'WithdrawExpertise', staffId: 's-5', reason: 'Left the trust' }, withdrawn),
    ...updated,
    ...decide({ type: 'UpdateExpertise', staffId: 's-6', name: 'Fay Moved', academyId: '140002', role: 'teacher', areas: ['maths-mastery', 'phonics'] }, updated),
  ];
}

describe('expertise-directory projection against PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_expertise');
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await database.pool.query('TRUNCATE expertise_directory_entries, expertise_directory_academies, projection_checkpoints');
  });

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => expertiseDirectoryProjection.apply(client, events));
  }

  const searches = [
    { area: 'phonics' },
    { area: 'phonics', hub: 'South' },
    { area: 'phonics', hub: 'North', excludeAcademyId: '140001' },
    { area: 'send' },
    { area: 'talk-for  WRITING' },
    { area: 'writing' },
    { area: 'nothing like it' },
  ];

  it.each(searches)('answers %j as the domain\'s findExpertise does over the same entries', async (query) => {
    const events = history();
    await apply(recordAll(events));
    const listings = listingsOf(events.reduce((directory, event, index) => evolveExpertiseDirectory(directory, event, BigInt(index + 1)), initialExpertiseDirectory()));
    const expected = findExpertise(listings, query).map(
      ({ listing, sameHub, matchedOn }): ExpertiseMatchView => ({
        staffId: listing.staffId,
        name: listing.name,
        academyId: listing.employerAcademyId,
        hub: listing.hub,
        role: listing.role,
        areas: listing.areas,
        otherAreas: listing.otherAreas,
        sameHub,
        matchedOn,
      }),
    );
    expect(await searchExpertise(database.pool, query)).toEqual(expected);
  });

  it('offers the hub first, leaves out the withdrawn, and follows an update', async () => {
    await apply(recordAll(history()));
    const found = await searchExpertise(database.pool, { area: 'phonics', hub: 'South' });
    expect(found.map((match) => [match.staffId, match.sameHub, match.matchedOn])).toEqual([
      ['s-2', true, 'area'],
      ['s-6', true, 'area'],
      ['s-4', true, 'other-area'],
      ['s-1', false, 'area'],
    ]);
  });

  it('given the same events applied again, in later batches or twice in one, then nothing changes', async () => {
    const events = recordAll(history());
    await apply(events.slice(0, 7));
    await apply(events.slice(7));
    const read = async (): Promise<unknown[]> => (await database.pool.query<Record<string, unknown>>('SELECT * FROM expertise_directory_entries ORDER BY staff_id, valid_from')).rows;
    const before = await read();
    await apply(events);
    await apply([...events, ...events]);
    expect(await read()).toEqual(before);
    expect(await applyProjectionBatch(database.pool, expertiseDirectoryProjection, events)).toEqual({ applied: events.length, position: BigInt(events.length) });
  });
});
