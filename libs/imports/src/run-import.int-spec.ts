import { domainEventCodec } from '@trust/domain';
import { createEventStoreFromConfig, type EventStore, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { readImportFile, type ImportPlan } from './import-file.js';
import { checkImport, ImportRowFailedError, runImport } from './run-import.js';

const NOW = new Date('2025-10-06T09:00:00Z');
const context = (importId: string, userId = 'admin-1'): { actor: { userId: string; role: string }; importId: string; now: () => Date } => ({
  actor: { userId, role: 'trust-admin' },
  importId,
  now: () => NOW,
});
const plan = (csv: string, fileName = 'file.csv'): ImportPlan => {
  const { plan: read, problems } = readImportFile({ bytes: new TextEncoder().encode(csv), fileName });
  expect(problems).toEqual([]);
  return read;
};

const ACADEMIES = ['academyId,name,phase,hub,joinedOn', '741001,One,primary,North,01/09/2019', '741002,Two,primary,North,01/09/2019'].join('\n');
const KPIS = [
  'academyId,kpi,academicYear,term,value',
  ...['741001', '741002'].flatMap((urn) => ['autumn', 'spring', 'summer'].map((term) => `${urn},attendance,2023/24,${term},95`)),
].join('\n');

describe('running an import on PostgreSQL', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_imports');
    store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: database.pool, needsStreamOrigin: (event) => domainEventCodec.readsStreamOrigin(event) });
    await runImport(store, plan(ACADEMIES), context('import-academies'));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const kpiEvents = async (): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for (const academyId of ['741001', '741002']) for await (const event of store.readStream(`academy-${academyId}`)) if (event.type === 'KpiRecorded') events.push(event);
    return events;
  };

  it('completes an import cut short when the file is imported again, storing each row once, whoever imports it', async () => {
    const whole = plan(KPIS, 'kpis.csv');
    // Cut short: the first rows stored, the process gone before the rest.
    await runImport(store, { ...whole, rows: whole.rows.slice(0, 4) }, context('import-cut-short'));
    expect(await kpiEvents()).toHaveLength(4);

    const check = await checkImport(store, whole, context('import-again', 'admin-2'));
    expect(check).toMatchObject({ problems: [], alreadyImported: 4 });
    const outcome = await runImport(store, whole, { ...context('import-again', 'admin-2'), checked: check });
    expect(outcome).toMatchObject({ total: 6, stored: 2, skipped: 4, events: 2 });

    const events = await kpiEvents();
    expect(events).toHaveLength(6);
    expect(events.map((event) => event.metadata.import?.row).sort()).toEqual([2, 3, 4, 5, 6, 7]);
    expect(new Set(events.map((event) => event.metadata.import?.sha256)).size).toBe(1);
  });

  it("reads many streams at once (the store's readStreams), each in version order, leaving absent ones out", async () => {
    const streams = await store.readStreams!(['academy-741002', 'academy-799999', 'academy-741001']);
    expect([...streams.keys()].sort()).toEqual(['academy-741001', 'academy-741002']);
    for (const events of streams.values()) expect(events.map((event) => event.streamVersion)).toEqual(events.map((_, index) => index));
    expect(streams.get('academy-741001')?.[0]).toMatchObject({ type: 'AcademyRegistered', streamId: 'academy-741001' });
  });

  it('refuses, while storing, a row the store no longer allows (changed since the check), naming the row', async () => {
    const csv = ['academyId,kpi,academicYear,term,value', '741001,attendance,2024/25,autumn,95', '741001,attendance,2024/25,autumn,96'].join('\n');
    const { plan: read } = readImportFile({ bytes: new TextEncoder().encode(csv), fileName: 'late.csv' });
    // A repeated row is refused when the file is read; stored regardless (as if another writer had got there first), the second is refused by the decider.
    const first = { ...read, rows: [{ row: 2, key: 'a', lane: 'academy-741001', value: read.kind.read({ academyId: '741001', kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: '95' }) }] };
    await runImport(store, first, context('import-first'));
    const second = { ...first, rows: [{ row: 3, key: 'b', lane: 'academy-741001', value: read.kind.read({ academyId: '741001', kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: '96' }) }] };
    await expect(runImport(store, second, context('import-second'))).rejects.toThrow(ImportRowFailedError);
    await expect(runImport(store, second, context('import-second'))).rejects.toThrow(/^row 3/);
  });
});
