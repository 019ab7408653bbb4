import { DomainError, improvementPlanDecider, type DomainEvent, type ImprovementPlan, type ImprovementPlanCommand, type ImprovementPlanEvent, type ImprovementPlanState } from '@trust/domain';
import { CellError } from '../cells.js';
import { problemOf } from '../import-file.js';
import type { ImportLookups } from '../import-kind.js';
import { importKind } from './index.js';
import { importRecordId } from './import-record-id.js';
import { improvementPlansKind, planPriorityKey, type PlanActionRow } from './improvement-plans.js';

const NOW = new Date('2025-10-06T09:00:00Z');
const HEADER = 'academyId,academicYear,priority,evidence,kpis,priorityOwners,action,actionOwner,dueOn,status';
const lookups: ImportLookups = {
  ensureAcademies: () => Promise.resolve(),
  rateCardInForce: () => Promise.resolve(null),
  improvementPlan: (academyId, academicYear) => Promise.resolve({ academyId, academicYear, drafted: false, priorities: [], commitmentIds: [] }),
};

/** A row of a file with this header, as cells by column (no cell here holds a comma). */
function cells(header: string, line: string): Record<string, string> {
  const values = line.split(',');
  return Object.fromEntries(header.split(',').map((column, index) => [column, values[index] ?? '']));
}

const readRow = (line: string): PlanActionRow => improvementPlansKind.read(cells(HEADER, line));

const ATTENDANCE = 'Raise the attendance of disadvantaged pupils';
const ATTENDANCE_CELLS = `${ATTENDANCE},Disadvantaged pupils attended 89.1% of sessions,attendance | 93% of sessions by July 2025,senior-leader; Sam Senco | st-41`;
const READING = 'Early reading in Key Stage 1';
const READING_CELLS = `${READING},58% passed the phonics check,progress | 80% pass the phonics check; teaching | Phonics teaching secure good,subject-leader`;

/** One plan's stream in memory: each row's steps decided on it by the step's own decider, as the import runs them. */
function planStream(): { record(line: string, header?: string): Promise<DomainEvent[]>; decide(command: ImprovementPlanCommand): void; plan(): ImprovementPlan; events: DomainEvent[] } {
  const events: DomainEvent[] = [];
  const fold = (): ImprovementPlanState => events.reduce((state, event) => improvementPlanDecider.evolve(state, event as ImprovementPlanEvent), improvementPlanDecider.initialState());
  return {
    events,
    async record(line, header = HEADER) {
      const kind = importKind('improvement-plans')!;
      const row: unknown = kind.read(cells(header, line));
      const added: DomainEvent[] = [];
      for (const step of await kind.steps(row, lookups, kind.naturalKey(row))) {
        const state: unknown = events.reduce((folded: unknown, event, index) => step.decider.evolve(folded, event, String(index + 1)), step.decider.initialState());
        const decided = step.decider.decide(step.command, state, { now: NOW });
        events.push(...decided);
        added.push(...decided);
      }
      return added;
    },
    decide(command) {
      events.push(...improvementPlanDecider.decide(command, fold(), { now: NOW }));
    },
    plan() {
      const state = fold();
      if (state.status === 'none') throw new Error('no plan');
      return state;
    },
  };
}

const PLAN = { academyId: '731002', academicYear: '2024/25' } as const;
const priorityIdOf = (title: string): string => importRecordId('plan-priority', planPriorityKey({ ...PLAN, priority: { title, evidence: null, targets: null, owners: null } }));
const actionIdOf = (line: string): string => importRecordId('plan-action', improvementPlansKind.naturalKey(readRow(line)));

describe('improvement-plans rows', () => {
  it('reads an action under its priority: the KPIs targeted with their success criteria, owners as roles or `name | staff id`, the due day (UK or ISO) and the status', () => {
    expect(readRow(`731002,2024/25,${ATTENDANCE_CELLS},First-day calls,Pat Pastoral | st-42,31/10/2024,in-progress`)).toEqual({
      academyId: '731002',
      academicYear: '2024/25',
      priority: {
        title: ATTENDANCE,
        evidence: 'Disadvantaged pupils attended 89.1% of sessions',
        targets: [{ kpi: 'attendance', successCriteria: '93% of sessions by July 2025' }],
        owners: [{ role: 'senior-leader' }, { staffId: 'st-41', name: 'Sam Senco' }],
      },
      action: { description: 'First-day calls', owner: { staffId: 'st-42', name: 'Pat Pastoral' }, dueOn: '2024-10-31', status: 'in-progress' },
      addedOn: null,
    });
    // A later row of the priority leaves its cells empty; the status may be left out (not started).
    expect(readRow(`731002,2024/25,${ATTENDANCE},,,,Attendance clinics,headteacher,2025-01-17,`)).toEqual({
      ...PLAN,
      priority: { title: ATTENDANCE, evidence: null, targets: null, owners: null },
      action: { description: 'Attendance clinics', owner: { role: 'headteacher' }, dueOn: '2025-01-17', status: null },
      addedOn: null,
    });
    expect(readRow(`731002,2024/25,${READING_CELLS},Phonics training,subject-leader,01/11/2024,`).priority.targets).toEqual([
      { kpi: 'progress', successCriteria: '80% pass the phonics check' },
      { kpi: 'teaching', successCriteria: 'Phonics teaching secure good' },
    ]);
  });

  it.each([
    ['a KPI that is not one of the five', `731002,2024/25,${ATTENDANCE},Evidence,behaviour | Fewer exclusions,headteacher,Calls,headteacher,31/10/2024,`, 'kpis', '"behaviour" is not a KPI of the academy card: one of progress, curriculum, teaching, attendance, transition'],
    ['a KPI without its success criteria', `731002,2024/25,${ATTENDANCE},Evidence,attendance,headteacher,Calls,headteacher,31/10/2024,`, 'kpis', 'must list KPIs as `kpi | success criteria`, separated by `;`, got "attendance"'],
    ['a priority owner whose role is not an owner role', `731002,2024/25,${ATTENDANCE},Evidence,,deputy-head,Calls,headteacher,31/10/2024,`, 'priorityOwners', expect.stringContaining('"deputy-head" is not an owner\'s role') as unknown],
    ['a member of staff written `name | role`', `731002,2024/25,${ATTENDANCE},Evidence,,Hana Head | headteacher,Calls,headteacher,31/10/2024,`, 'priorityOwners', expect.stringContaining('gives a role where the staff id goes') as unknown],
    ['an owner of three parts', `731002,2024/25,${ATTENDANCE},Evidence,,Sam | st-41 | senco,Calls,headteacher,31/10/2024,`, 'priorityOwners', expect.stringContaining('must be a role, or a member of staff written `name | staff id`') as unknown],
    ['an action without an owner', `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,,31/10/2024,`, 'actionOwner', 'must not be empty'],
    ['an action with two owners', `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,headteacher; senco,31/10/2024,`, 'actionOwner', expect.stringContaining('an action has one owner') as unknown],
    ['an action without a due date', `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,headteacher,,`, 'dueOn', 'must not be empty'],
    ['a due date that is not a day', `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,headteacher,31/02/2025,`, 'dueOn', expect.stringContaining('is not a day of the calendar') as unknown],
    ['no priority', '731002,2024/25,,Evidence,,headteacher,Calls,headteacher,31/10/2024,', 'priority', 'must not be empty'],
    ['no action', `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,,headteacher,31/10/2024,`, 'action', 'must not be empty'],
  ])('refuses %s, naming its column', (_case, line, column, message) => {
    expect(() => readRow(line)).toThrow(CellError);
    try {
      readRow(line);
    } catch (error: unknown) {
      expect(error).toMatchObject({ column, message });
    }
  });

  it('refuses an academy or a year written wrongly, naming its column', () => {
    expect(problemOf(2, catching(() => readRow(`73100,2024/25,${ATTENDANCE},,,,Calls,headteacher,31/10/2024,`)), improvementPlansKind).column).toBe('academyId');
    expect(problemOf(2, catching(() => readRow(`731002,2024-25,${ATTENDANCE},,,,Calls,headteacher,31/10/2024,`)), improvementPlansKind).column).toBe('academicYear');
  });

  it("is one action of a plan (a priority's title and the action, in any case), in the plan's lane, under ids derived from the row and the title", async () => {
    const line = `731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,`;
    const row = readRow(line);
    const key = JSON.stringify(['731002', '2024/25', ATTENDANCE.toLowerCase(), 'first-day calls']);
    expect(improvementPlansKind.naturalKey(row)).toBe(key);
    expect(improvementPlansKind.naturalKey(readRow(`731002,2024/25,${ATTENDANCE.toUpperCase()},,,,FIRST-DAY CALLS,senco,01/11/2024,`))).toBe(key);
    expect(improvementPlansKind.lane(row)).toBe('improvement-plan-731002-2024-25');
    const [step, ...more] = await improvementPlansKind.steps(row, lookups, key);
    expect(more).toEqual([]);
    expect(step).toMatchObject({
      streamId: 'improvement-plan-731002-2024-25',
      command: { type: 'ImportPlanAction', priorityId: priorityIdOf(ATTENDANCE), actionId: importRecordId('plan-action', key) },
    });
    expect(priorityIdOf(ATTENDANCE)).toBe(priorityIdOf(ATTENDANCE.toLowerCase()));
  });

  it('asks that the academy is registered', async () => {
    const unknown: ImportLookups = { ...lookups, ensureAcademies: () => Promise.reject(DomainError.notFound('academy 731002 is not registered')) };
    const row = readRow(`731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,`);
    await expect(improvementPlansKind.steps(row, unknown, improvementPlansKind.naturalKey(row))).rejects.toThrow('academy 731002 is not registered');
  });
});

describe('improvement-plans, decided by the plan decider of the API', () => {
  const refusal = async (stream: ReturnType<typeof planStream>, line: string, header = HEADER): Promise<{ column: string | null; message: string }> => {
    const before = stream.events.length;
    const error = await stream.record(line, header).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    // A refused row stores nothing: its commands are decided together, and appended together.
    expect(stream.events).toHaveLength(before);
    const { column, message } = problemOf(2, error, improvementPlansKind);
    return { column, message };
  };

  it('drafts the plan on its first row, adds a priority the first time its title appears, then only actions to it; a status becomes an amendment after the add', async () => {
    const stream = planStream();
    const first = `731002,2024/25,${ATTENDANCE_CELLS},First-day calls,Pat Pastoral | st-42,31/10/2024,`;
    expect((await stream.record(first)).map((event) => event.type)).toEqual(['ImprovementPlanDrafted', 'PlanPriorityAdded', 'PlanActionAdded']);
    const later = `731002,2024/25,${ATTENDANCE.toLowerCase()},,,,Attendance clinics,headteacher,17/01/2025,done`;
    expect(await stream.record(later)).toMatchObject([
      { type: 'PlanActionAdded', data: { priorityId: priorityIdOf(ATTENDANCE), actionId: actionIdOf(later), description: 'Attendance clinics', dueOn: '2025-01-17' } },
      { type: 'PlanActionAmended', data: { actionId: actionIdOf(later), status: 'done', description: 'Attendance clinics' } },
    ]);
    // Repeating the priority's cells, as a spreadsheet may on every row, is the same priority.
    expect((await stream.record(`731002,2024/25,${ATTENDANCE_CELLS},Breakfast club,business-manager,2024-11-29,not-started`)).map((event) => event.type)).toEqual(['PlanActionAdded']);
    expect((await stream.record(`731002,2024/25,${READING_CELLS},Phonics training,subject-leader,01/11/2024,in-progress`)).map((event) => event.type)).toEqual([
      'PlanPriorityAdded',
      'PlanActionAdded',
      'PlanActionAmended',
    ]);

    const plan = stream.plan();
    expect(plan).toMatchObject({ status: 'draft', academyId: '731002', academicYear: '2024/25', draftedOn: '2025-10-06' });
    expect([...plan.priorities.values()].map((priority) => [priority.title, [...priority.actions.values()].map((action) => [action.description, action.status])])).toEqual([
      [ATTENDANCE, [['First-day calls', 'not-started'], ['Attendance clinics', 'done'], ['Breakfast club', 'not-started']]],
      [READING, [['Phonics training', 'in-progress']]],
    ]);
    expect(plan.priorities.get(priorityIdOf(ATTENDANCE))).toMatchObject({
      evidence: 'Disadvantaged pupils attended 89.1% of sessions',
      targets: [{ kpi: 'attendance', successCriteria: '93% of sessions by July 2025' }],
      owners: [
        { kind: 'role', role: 'senior-leader', staffId: null, name: null },
        { kind: 'staff', role: null, staffId: 'st-41', name: 'Sam Senco' },
      ],
    });
    expect(plan.priorities.get(priorityIdOf(ATTENDANCE))?.actions.get(actionIdOf(first))?.owner).toEqual({ kind: 'staff', role: null, staffId: 'st-42', name: 'Pat Pastoral' });
  });

  it('adds actions to a plan and a priority already in the ledger, matching its title in any case', async () => {
    const stream = planStream();
    stream.decide({ type: 'DraftImprovementPlan', ...PLAN });
    stream.decide({ type: 'AddPlanPriority', ...PLAN, priorityId: 'p-api', title: 'Early Reading in Key Stage 1', evidence: 'From the API', targets: [], owners: [{ role: 'headteacher' }] });
    expect(await stream.record(`731002,2024/25,${READING},,,,Phonics training,subject-leader,01/11/2024,`)).toMatchObject([{ type: 'PlanActionAdded', data: { priorityId: 'p-api' } }]);
    expect(stream.plan().priorities.get('p-api')?.title).toBe('Early Reading in Key Stage 1');
  });

  it("refuses, naming the column, what the domain refuses and a priority's later row that says otherwise", async () => {
    const stream = planStream();
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},,,headteacher,Calls,headteacher,31/10/2024,`)).toEqual({
      column: 'evidence',
      message: `must not be empty on the first row of priority "${ATTENDANCE}", which adds it to the plan`,
    });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,,,Calls,headteacher,31/10/2024,`)).toEqual({
      column: 'priorityOwners',
      message: `must name at least one owner on the first row of priority "${ATTENDANCE}", which adds it to the plan`,
    });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,attendance | 93%; attendance | 95%,headteacher,Calls,headteacher,31/10/2024,`)).toEqual({
      column: 'kpis',
      message: 'attendance is targeted more than once',
    });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,,headteacher; Sam Senco | st 41,Calls,headteacher,31/10/2024,`)).toMatchObject({ column: 'priorityOwners' });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,Pat | st 42,31/10/2024,`)).toMatchObject({ column: 'actionOwner' });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,Calls,headteacher,31/10/2024,finished`)).toEqual({
      column: 'status',
      message: 'must be one of "not-started", "in-progress", "done", "dropped"',
    });
    expect(await refusal(stream, `731002,2024/25,${'T'.repeat(501)},Evidence,,headteacher,Calls,headteacher,31/10/2024,`)).toMatchObject({ column: 'priority' });
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},Evidence,,headteacher,${'A'.repeat(2001)},headteacher,31/10/2024,`)).toMatchObject({ column: 'action' });

    await stream.record(`731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,`);
    for (const [cellsOfPriority, column] of [
      [`${ATTENDANCE},Other evidence,,`, 'evidence'],
      [`${ATTENDANCE},,teaching | Secure good,`, 'kpis'],
      [`${ATTENDANCE},,,senior-leader`, 'priorityOwners'],
      [`${ATTENDANCE},,,senior-leader; Sam Senko | st-41`, 'priorityOwners'],
    ] as const) {
      expect(await refusal(stream, `731002,2024/25,${cellsOfPriority},Attendance clinics,headteacher,17/01/2025,`)).toEqual({
        column,
        message: expect.stringContaining(`of priority "${ATTENDANCE}" as the plan holds them`) as unknown,
      });
    }
  });

  it("dates a plan entered after the fact by each row's addedOn: the plan drafted, the priority and action added and the status set on it", async () => {
    const header = `${HEADER},addedOn`;
    const stream = planStream();
    const first = await stream.record(`731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,in-progress,02/09/2024`, header);
    const dayOf = (event: DomainEvent): unknown => Object.entries(event.data as Record<string, unknown>).find(([field]) => field.endsWith('On') && field !== 'dueOn')?.[1];
    expect(first.map((event) => [event.type, dayOf(event)])).toEqual([
      ['ImprovementPlanDrafted', '2024-09-02'],
      ['PlanPriorityAdded', '2024-09-02'],
      ['PlanActionAdded', '2024-09-02'],
      ['PlanActionAmended', '2024-09-02'],
    ]);
    // Empty: the day of the import.
    expect(await stream.record(`731002,2024/25,${READING_CELLS},Phonics training,subject-leader,01/11/2024,,`, header)).toMatchObject([
      { type: 'PlanPriorityAdded', data: { addedOn: '2025-10-06' } },
      { type: 'PlanActionAdded', data: { addedOn: '2025-10-06' } },
    ]);
    // Before a day of the plan's earlier rows: refused, the plan's story told in order.
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},,,,Attendance clinics,headteacher,17/01/2025,,2024-09-03`, header)).toEqual({
      column: null,
      message: 'addedOn: the improvement plan of academy 731002 for 2024/25 was last changed on 2025-10-06, so it cannot be dated 2024-09-03, before that',
    });
    const late = planStream();
    expect(await refusal(late, `731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,,2030-01-01`, header)).toEqual({ column: 'addedOn', message: 'must not be in the future' });
  });

  it("refuses a closed year's rows with the domain's reason, whether they add a priority or an action", async () => {
    const stream = planStream();
    await stream.record(`731002,2024/25,${ATTENDANCE_CELLS},First-day calls,headteacher,31/10/2024,`);
    stream.decide({ type: 'CloseImprovementPlanYear', ...PLAN });
    const closed = 'the improvement plan of academy 731002 for 2024/25 was closed with its year on 2025-10-06, so it can no longer';
    expect(await refusal(stream, `731002,2024/25,${ATTENDANCE},,,,Attendance clinics,headteacher,17/01/2025,`)).toEqual({ column: null, message: `${closed} have actions added` });
    expect(await refusal(stream, `731002,2024/25,${READING_CELLS},Phonics training,subject-leader,01/11/2024,`)).toEqual({ column: null, message: `${closed} have priorities added` });
  });
});

function catching(run: () => unknown): unknown {
  try {
    run();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('nothing was thrown');
}
