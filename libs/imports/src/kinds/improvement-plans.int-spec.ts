import { domainEventCodec, improvementPlanDecider, improvementPlanStreamId, type ImprovementPlan, type ImprovementPlanEvent } from '@trust/domain';
import { createEventStoreFromConfig, handleCommand, type EventStore, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { readImportFile, type ImportPlan } from '../import-file.js';
import { checkImport, runImport } from '../run-import.js';
import { importRecordId } from './import-record-id.js';
import { planPriorityKey } from './improvement-plans.js';

const NOW = new Date('2025-10-06T09:00:00Z');
const context = (importId: string, userId = 'admin-1'): { actor: { userId: string; role: string }; importId: string; now: () => Date } => ({
  actor: { userId, role: 'trust-admin' },
  importId,
  now: () => NOW,
});
const plan = (csv: string, fileName = 'plans.csv'): ImportPlan => {
  const { plan: read, problems } = readImportFile({ bytes: new TextEncoder().encode(csv), fileName });
  expect(problems).toEqual([]);
  return read;
};

const ACADEMIES = ['academyId,name,phase,hub,joinedOn', '742001,One,primary,North,01/09/2019', '742002,Two,secondary,North,01/09/2019'].join('\n');
const HEADER = 'academyId,academicYear,priority,evidence,kpis,priorityOwners,action,actionOwner,dueOn,status';
const ATTENDANCE = 'Raise the attendance of disadvantaged pupils';
const READING = 'Early reading in Key Stage 1';
/** Two plans, kept as trusts keep them: a row per action, the priority's cells given on its first row (or on every row). */
const PLANS = [
  HEADER,
  `742001,2024/25,${ATTENDANCE},"Disadvantaged pupils attended 89.1% of sessions in 2023/24, against 94.2% for their peers",attendance | 93% of sessions by July 2025,senior-leader; Sam Senco | st-41,First-day calls for every absence,Pat Pastoral | st-42,31/10/2024,`,
  `742001,2024/25,${ATTENDANCE.toLowerCase()},,,,Attendance clinics for persistent absentees,headteacher,17/01/2025,in-progress`,
  `742001,2024/25,${READING},58% passed the phonics check in 2024,progress | 80% pass the phonics check; teaching | Phonics teaching secure good,subject-leader,Phonics training for Year 1 staff,subject-leader,01/11/2024,done`,
  `742001,2024/25,${READING},58% passed the phonics check in 2024,progress | 80% pass the phonics check; teaching | Phonics teaching secure good,subject-leader,Reading buddies,senco,2025-02-14,not-started`,
  '742002,2025/26,Curriculum breadth at Key Stage 3,Options narrowed in 2024,curriculum | A grade 2 by July 2026,headteacher,Review the Year 9 options,senior-leader,2025-12-12,',
].join('\r\n');

describe('importing improvement plans on PostgreSQL', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_imports_plans');
    store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool: database.pool, needsStreamOrigin: (event) => domainEventCodec.readsStreamOrigin(event) });
    await runImport(store, plan(ACADEMIES, 'academies.csv'), context('import-academies'));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const streamOf = async (academyId: string, academicYear: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(improvementPlanStreamId(academyId, academicYear))) events.push(event);
    return events;
  };
  /** The plan as the domain folds it from the stream stored. */
  const planOf = async (academyId: string, academicYear: string): Promise<ImprovementPlan> => {
    let state = improvementPlanDecider.initialState();
    for (const recorded of await streamOf(academyId, academicYear)) state = improvementPlanDecider.evolve(state, domainEventCodec.decode(recorded) as ImprovementPlanEvent);
    if (state.status === 'none') throw new Error(`no plan for ${academyId} ${academicYear}`);
    return state;
  };
  const priorityId = (academyId: string, academicYear: string, title: string): string =>
    importRecordId('plan-priority', planPriorityKey({ academyId, academicYear, priority: { title, evidence: null, targets: null, owners: null } }));

  it('stores a file of plans once: the plans drafted, each priority added on its first row, actions added and their statuses amended; the same file again stores nothing', async () => {
    const file = plan(PLANS);
    expect(file.kind.name).toBe('improvement-plans');
    const check = await checkImport(store, file, context('import-plans'));
    expect(check).toMatchObject({ problems: [], alreadyImported: 0 });
    // Drafted + priority + action; action + its status; priority + action + its status; action (not-started: no amendment); a second plan.
    expect(await runImport(store, file, { ...context('import-plans'), checked: check })).toEqual({ done: 5, total: 5, stored: 5, skipped: 0, events: 3 + 2 + 3 + 1 + 3 });

    const stored = await streamOf('742001', '2024/25');
    expect(stored.map((event) => event.type)).toEqual([
      'ImprovementPlanDrafted',
      'PlanPriorityAdded',
      'PlanActionAdded',
      'PlanActionAdded',
      'PlanActionAmended',
      'PlanPriorityAdded',
      'PlanActionAdded',
      'PlanActionAmended',
      'PlanActionAdded',
    ]);
    expect(stored.map((event) => event.metadata.import)).toEqual(
      [2, 2, 2, 3, 3, 4, 4, 4, 5].map((row) => ({ kind: 'improvement-plans', fileName: 'plans.csv', sha256: file.sha256, row })),
    );

    const plan2024 = await planOf('742001', '2024/25');
    expect(plan2024).toMatchObject({ status: 'draft', academyId: '742001', academicYear: '2024/25', draftedOn: '2025-10-06', confirmedOn: null });
    expect([...plan2024.priorities.keys()]).toEqual([priorityId('742001', '2024/25', ATTENDANCE), priorityId('742001', '2024/25', READING)]);
    const [attendance, reading] = [...plan2024.priorities.values()];
    expect(attendance).toMatchObject({
      title: ATTENDANCE,
      evidence: 'Disadvantaged pupils attended 89.1% of sessions in 2023/24, against 94.2% for their peers',
      targets: [{ kpi: 'attendance', successCriteria: '93% of sessions by July 2025' }],
      owners: [
        { kind: 'role', role: 'senior-leader', staffId: null, name: null },
        { kind: 'staff', role: null, staffId: 'st-41', name: 'Sam Senco' },
      ],
    });
    expect([...attendance!.actions.values()]).toEqual([
      { actionId: expect.any(String) as unknown, description: 'First-day calls for every absence', owner: { kind: 'staff', role: null, staffId: 'st-42', name: 'Pat Pastoral' }, dueOn: '2024-10-31', status: 'not-started' },
      { actionId: expect.any(String) as unknown, description: 'Attendance clinics for persistent absentees', owner: { kind: 'role', role: 'headteacher', staffId: null, name: null }, dueOn: '2025-01-17', status: 'in-progress' },
    ]);
    expect(reading?.targets.map((target) => target.kpi)).toEqual(['progress', 'teaching']);
    expect([...reading!.actions.values()].map((action) => [action.description, action.status])).toEqual([
      ['Phonics training for Year 1 staff', 'done'],
      ['Reading buddies', 'not-started'],
    ]);
    expect([...(await planOf('742002', '2025/26')).priorities.values()].map((priority) => [priority.title, priority.actions.size])).toEqual([['Curriculum breadth at Key Stage 3', 1]]);

    // The same file again, by another admin: every row recognised, nothing stored.
    const again = await checkImport(store, file, context('import-plans-again', 'admin-2'));
    expect(again).toMatchObject({ problems: [], alreadyImported: 5 });
    expect(await runImport(store, file, { ...context('import-plans-again', 'admin-2'), checked: again })).toEqual({ done: 5, total: 5, stored: 0, skipped: 5, events: 0 });
    expect(await streamOf('742001', '2024/25')).toHaveLength(stored.length);
    expect(await streamOf('742002', '2025/26')).toHaveLength(3);
  });

  it('stores only the new rows of a plan grown since, and refuses a row changed since it was imported', async () => {
    const grown = `${PLANS}\r\n742001,2024/25,${READING},,,,Reading at home workshops for parents,senco,2025-03-21,`;
    const check = await checkImport(store, plan(grown, 'plans-grown.csv'), context('import-grown'));
    expect(check).toMatchObject({ problems: [], alreadyImported: 5 });
    expect(await runImport(store, plan(grown, 'plans-grown.csv'), { ...context('import-grown'), checked: check })).toMatchObject({ stored: 1, skipped: 5, events: 1 });
    expect([...(await planOf('742001', '2024/25')).priorities.values()][1]?.actions.size).toBe(3);

    // A status moved on in the spreadsheet is recorded by amending the action, not by importing its row again.
    const changed = PLANS.replace('Attendance clinics for persistent absentees,headteacher,17/01/2025,in-progress', 'Attendance clinics for persistent absentees,headteacher,17/01/2025,done');
    const refused = await checkImport(store, plan(changed, 'plans-changed.csv'), context('import-changed'));
    expect(refused.problems).toEqual([{ row: 3, column: null, message: expect.stringContaining('was imported before with other values') as unknown }]);
  });

  it("refuses rows of a closed year with the domain's reason, while its rows imported before are still recognised", async () => {
    await handleCommand({
      store,
      streamId: improvementPlanStreamId('742001', '2024/25'),
      decider: improvementPlanDecider,
      codec: domainEventCodec,
      command: { type: 'CloseImprovementPlanYear', academyId: '742001', academicYear: '2024/25' },
      context: () => ({ now: NOW }),
      metadata: { actor: { userId: 'dee-director', role: 'improvement-director' }, correlationId: 'close', causationId: 'close', idempotencyKey: null },
    });
    const late = [HEADER, `742001,2024/25,${ATTENDANCE},,,,Attendance awards assembly,headteacher,2025-07-18,`].join('\n');
    expect((await checkImport(store, plan(late, 'late.csv'), context('import-late'))).problems).toEqual([
      { row: 2, column: null, message: 'the improvement plan of academy 742001 for 2024/25 was closed with its year on 2025-10-06, so it can no longer have actions added' },
    ]);
    expect(await checkImport(store, plan(PLANS), context('import-plans-closed'))).toMatchObject({ problems: [], alreadyImported: 5 });
  });
});
