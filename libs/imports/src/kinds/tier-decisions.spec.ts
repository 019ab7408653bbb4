import { DomainError, type DomainEvent } from '@trust/domain';
import { CellError } from '../cells.js';
import { problemOf } from '../import-file.js';
import type { ImportLookups } from '../import-kind.js';
import { importKind } from './index.js';
import { importRecordId } from './import-record-id.js';
import { tierDecisionsKind, type TierDecisionRow } from './tier-decisions.js';

const NOW = new Date('2025-10-06T09:00:00Z');
const HEADER = 'academyId,academicYear,tier,decidedOn,decidedByUserId,decidedByName,decidedByRole,rationale,supersedes';
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

const readRow = (line: string): TierDecisionRow => tierDecisionsKind.read(cells(HEADER, line));

/** One academy's stream in memory: each row's steps decided on it by the step's own decider, as the import runs them. */
function academyStream(): { record(kind: string, header: string, line: string): Promise<DomainEvent[]>; events: DomainEvent[] } {
  const events: DomainEvent[] = [];
  return {
    events,
    async record(kindName, header, line) {
      const kind = importKind(kindName)!;
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
  };
}

/** A registered academy with the evidence a 2024/25 decision needs by 12 September 2024: it recommends Tier 2 (a medium risk). */
async function academyWithEvidence(): Promise<ReturnType<typeof academyStream>> {
  const stream = academyStream();
  await stream.record('academies', 'academyId,name,phase,hub,joinedOn', '731002,Riverside,secondary,South,01/09/2020');
  await stream.record('outcomes', 'academyId,academicYear,direction', '731002,2023/24,positive');
  await stream.record('annual-reviews', 'academyId,academicYear,capacityToImprove,summary', '731002,2023/24,yes,Capacity to improve.');
  await stream.record('inspections', 'academyId,inspectedOn,framework,overallEffectiveness,grades,safeguarding', '731002,14/05/2024,eif-2024,,quality-of-education | good; behaviour-and-attitudes | good; personal-development | good; leadership-and-management | good,');
  await stream.record('risk-assessments', 'academyId,assessedOn,level,risks', '731002,15/01/2024,medium,Falling rolls');
  return stream;
}

const DEE = 'dee-director,Dee Director,improvement-director';

describe('tier-decisions rows', () => {
  it('reads a past decision: the day it was made (UK or ISO), who decided, and the decision a revision supersedes (by its day or its id)', () => {
    expect(readRow(`731002,2024/25,2,12/09/2024,${DEE},,`)).toEqual({
      type: 'DecideTier',
      academyId: '731002',
      academicYear: '2024/25',
      tier: 2,
      decidedOn: '2024-09-12',
      decidedBy: { userId: 'dee-director', name: 'Dee Director', role: 'improvement-director' },
      rationale: null,
      supersedes: null,
    });
    expect(readRow(`731002,2024/25,1,2025-01-20,${DEE},New head,12/09/2024`)).toMatchObject({ decidedOn: '2025-01-20', rationale: 'New head', supersedes: { decidedOn: '2024-09-12' } });
    expect(readRow(`731002,2024/25,1,2025-01-20,${DEE},New head,0194a1b2-0000-4000-8000-000000000001`).supersedes).toEqual({ decisionId: '0194a1b2-0000-4000-8000-000000000001' });
  });

  it.each([
    ['a day that is not a date', `731002,2024/25,2,2024-13-01,${DEE},,`, 'decidedOn'],
    ['no day at all', `731002,2024/25,2,,${DEE},,`, 'decidedOn'],
    ['a tier that is not a number', `731002,2024/25,two,12/09/2024,${DEE},,`, 'tier'],
    ['a role the API never decides in', '731002,2024/25,2,12/09/2024,hana,Hana Head,headteacher,,', 'decidedByRole'],
    ['no decider', '731002,2024/25,2,12/09/2024,,Dee Director,improvement-director,,', 'decidedByUserId'],
    ['a supersedes day that does not exist', `731002,2024/25,2,12/09/2024,${DEE},,31/02/2024`, 'supersedes'],
  ])('refuses %s, naming its column', (_case, line, column) => {
    expect(() => readRow(line)).toThrow(CellError);
    try {
      readRow(line);
    } catch (error: unknown) {
      expect((error as CellError).column).toBe(column);
    }
  });

  it('is one decision a day for a year of an academy, on its stream, under an id derived from the row', async () => {
    const row = readRow(`731002,2024/25,2,12/09/2024,${DEE},,`);
    expect(tierDecisionsKind.naturalKey(row)).toBe('731002 2024/25 2024-09-12');
    expect(tierDecisionsKind.lane(row)).toBe('academy-731002');
    const [step] = await tierDecisionsKind.steps(row, lookups, '731002 2024/25 2024-09-12');
    expect(step).toMatchObject({ streamId: 'academy-731002', command: { type: 'DecideTier', decisionId: importRecordId('tier-decision', '731002 2024/25 2024-09-12'), decidedOn: '2024-09-12' } });
  });
});

describe('tier-decisions, decided by the tier decider of the API', () => {
  const decide = (stream: ReturnType<typeof academyStream>, line: string): Promise<DomainEvent[]> => stream.record('tier-decisions', HEADER, line);
  const refusal = async (stream: ReturnType<typeof academyStream>, line: string): Promise<{ column: string | null; message: string }> => {
    const error = await decide(stream, line).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    const { column, message } = problemOf(2, error, tierDecisionsKind);
    return { column, message };
  };

  it('records the decision as made on its day, on the evidence in effect then, and a revision that names it', async () => {
    const stream = await academyWithEvidence();
    const [first] = await decide(stream, `731002,2024/25,2,12/09/2024,${DEE},,`);
    expect(first).toMatchObject({
      type: 'TierAssigned',
      data: { academicYear: '2024/25', tier: 2, recommendedTier: 2, override: false, decidedOn: '2024-09-12', decidedAt: NOW.toISOString(), supersedes: null, decidedBy: { userId: 'dee-director', role: 'improvement-director' } },
    });
    const firstId = first?.type === 'TierAssigned' ? first.data.decisionId : '';

    const [byDay] = await decide(stream, `731002,2024/25,1,20/01/2025,${DEE},A new headteacher,12/09/2024`);
    expect(byDay).toMatchObject({ type: 'TierAssigned', data: { tier: 1, override: true, rationale: 'A new headteacher', decidedOn: '2025-01-20', supersedes: firstId } });
    const byDayId = byDay?.type === 'TierAssigned' ? byDay.data.decisionId : '';

    const [byId] = await decide(stream, `731002,2024/25,2,03/02/2025,${DEE},,${byDayId}`);
    expect(byId).toMatchObject({ type: 'TierAssigned', data: { tier: 2, supersedes: byDayId } });
  });

  it('is refused as over HTTP: evidence not in effect by the day, before the academy joined, dated before what it revises, an override without a rationale', async () => {
    const stream = await academyWithEvidence();
    // By 1 September 2023 no outcome of 2022/23 nor annual review was recorded: no tier can be recommended.
    expect(await refusal(stream, `731002,2023/24,2,01/09/2023,${DEE},,`)).toEqual({ column: null, message: expect.stringContaining('while evidence is missing') as unknown });
    expect(await refusal(stream, `731002,2020/21,2,15/08/2020,${DEE},,`)).toEqual({ column: null, message: expect.stringContaining('before academy 731002 joined the trust on 2020-09-01') as unknown });
    expect(await refusal(stream, `731002,2024/25,1,12/09/2024,${DEE},,`)).toEqual({ column: null, message: expect.stringContaining('needs a written rationale') as unknown });
    expect(await refusal(stream, `731002,2027/28,2,2025-09-10,${DEE},,`)).toEqual({ column: 'academicYear', message: expect.stringContaining('no later than the next academic year') as unknown });

    await decide(stream, `731002,2024/25,2,12/09/2024,${DEE},,`);
    expect(await refusal(stream, `731002,2024/25,2,10/09/2024,${DEE},,12/09/2024`)).toEqual({ column: null, message: expect.stringContaining('cannot revise decision') as unknown });
  });

  it('refuses a row whose supersedes is not the decision in force: a file row never silently replaces a decision', async () => {
    const stream = await academyWithEvidence();
    expect(await refusal(stream, `731002,2024/25,2,12/09/2024,${DEE},,01/09/2024`)).toEqual({ column: 'supersedes', message: 'names the decision made on 2024-09-01, but academy 731002 has no decision of 2024/25 to revise' });
    await decide(stream, `731002,2024/25,2,12/09/2024,${DEE},,`);
    expect(await refusal(stream, `731002,2024/25,2,20/01/2025,${DEE},,`)).toEqual({ column: 'supersedes', message: expect.stringMatching(/^is empty, but the decision in force for 2024\/25 is .*, made on 2024-09-12: a revision names the decision it supersedes$/) as unknown });
    expect(await refusal(stream, `731002,2024/25,2,20/01/2025,${DEE},,13/09/2024`)).toEqual({ column: 'supersedes', message: expect.stringContaining('names the decision made on 2024-09-13, but the decision in force') as unknown });
    expect(stream.events.filter((event) => event.type === 'TierAssigned')).toHaveLength(1);
  });

  it('names the column of a decider refused by the domain', async () => {
    const stream = await academyWithEvidence();
    expect(await refusal(stream, `731002,2024/25,4,12/09/2024,${DEE},,`)).toEqual({ column: 'tier', message: 'must be 1, 2 or 3' });
    expect(await refusal(stream, `731002,2024/25,2,12/09/2024,${'d'.repeat(300)},Dee Director,improvement-director,,`)).toMatchObject({ column: 'decidedByUserId' });
    expect(await refusal(stream, `731002,2024/25,2,12/09/2024,dee-director,${'D'.repeat(300)},improvement-director,,`)).toMatchObject({ column: 'decidedByName' });
  });
});
