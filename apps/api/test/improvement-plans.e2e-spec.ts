import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * An academy's improvement plan over HTTP, through a year: drafted by its headteacher with two priorities, rated
 * on the plan, by the host a week before a peer review visit (the visit's focus naming the priority) and at an AIM
 * (its priorities naming the plan's), one priority amended at that AIM, support
 * committed for its Tier 2 and partly delivered (a core day and a recharge naming the commitment), the targeted
 * KPI recorded term by term. Then: the plan as it stood before the AIM (`on=`), the priority's impact against its
 * target over the three terms, compliance's view of the Tier 2 strategy and of the support not delivered, and the
 * year closed.
 */

const ACADEMY = '760001';
const OTHER = '760002';
const YEAR = '2025/26';
const PLAN = `/academies/${ACADEMY}/improvement-plans/2025-26`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Rating {
  rating: string;
  ratedOn: string;
  ratedBy: { userId: string; name: string; role: string } | null;
  comment: string | null;
  source: { kind: string; aimId: string | null; visitId: string | null };
}

interface Priority {
  priorityId: string;
  title: string;
  targets: { kpi: string; successCriteria: string }[];
  amendments: { amendedOn: string; aimId: string | null; title: string }[];
  ragHistory: Rating[];
  currentRating: string | null;
  actions: { actionId: string; status: string; dueOn: string }[];
  impact: { kpi: string; target: number | null; terms: { term: string; value: number | null; rag: string | null }[] }[];
}

interface Plan {
  status: string;
  priorities: Priority[];
  commitments: {
    commitmentId: string;
    planned: Record<string, number>;
    delivered: Record<string, number>;
    undelivered: Record<string, number>;
    deliveredInFull: boolean;
    deliveries: { kind: string; amount: number; deliveredOn: string; rechargeId: string | null }[];
  }[];
  position: string;
}

describe('An academy improvement plan through its year', () => {
  let api: TestApp;
  // The trust's clock: each step is recorded on its day.
  let now = new Date('2025-09-01T09:00:00.000Z');
  const on = (day: string): void => {
    now = new Date(`${day}T16:00:00.000Z`);
  };
  let head: string;
  let director: string;
  let finance: string;
  let governor: string;
  let writing: string;
  let attendance: string;
  let commitment: string;
  let aimId: string;
  let visitId: string;
  let beforeAmendment: string;
  let last: CommandAnswerBody;

  async function post(path: string, body: Record<string, unknown>, token = director): Promise<CommandAnswerBody> {
    const response = await api.as(token).post(path).send(body);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${response.text}`);
    last = commandAnswer(response);
    return last;
  }

  async function plan(query: Record<string, string> = {}, token = governor): Promise<Plan> {
    return (await api.as(token).get(PLAN).query({ minPosition: last.position, ...query }).expect(200)).body as Plan;
  }

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    head = await tokenFor({ sub: 'hana', name: 'Hana Head', roles: ['headteacher'], academies: [ACADEMY] });
    director = await tokenFor({ sub: 'dee', name: 'Dee Director', roles: ['improvement-director'] });
    finance = await tokenFor({ sub: 'fin', name: 'Fin Ance', roles: ['finance'] });
    governor = await tokenFor({ sub: 'gov', name: 'Gwen Governor', roles: ['governor'], academies: [ACADEMY] });
    await registerAcademy(api.server, ACADEMY);
    await registerAcademy(api.server, OTHER);

    // The year's evidence and its Tier 2 decision; the progress KPI's target for the year.
    await post(`/academies/${ACADEMY}/outcomes`, { academicYear: '2023/24', direction: 'positive' });
    await post(`/academies/${ACADEMY}/outcomes`, { academicYear: '2024/25', direction: 'negative' });
    await post(`/academies/${ACADEMY}/inspections`, { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' });
    await post(`/academies/${ACADEMY}/annual-reviews`, { academicYear: '2024/25', capacityToImprove: true, summary: 'Secure leadership.' });
    await post(`/academies/${ACADEMY}/risk-assessments`, { assessedOn: '2025-07-01', level: 'medium', risks: [] });
    await post(`/academies/${ACADEMY}/tier-decisions`, { academicYear: YEAR, tier: 2, rationale: 'Writing declined two years running.' });
    await post(`/academies/${ACADEMY}/kpi-targets`, { academicYear: YEAR, kpi: 'progress', target: 70 });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('is drafted by the headteacher with two priorities, an action, and support for the tier; a rating on the plan; confirmed', async () => {
    on('2025-09-08');
    const drafted = await post(`/academies/${ACADEMY}/improvement-plans`, { academicYear: YEAR }, head);
    expect(drafted).toMatchObject({ id: '2025-26', streamId: `improvement-plan-${ACADEMY}-2025-26`, events: ['ImprovementPlanDrafted'] });

    writing = (
      await post(
        `${PLAN}/priorities`,
        {
          title: 'Raise attainment in Key Stage 2 writing',
          evidence: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.',
          targets: [{ kpi: 'progress', successCriteria: '70% make at least expected progress in writing' }],
          owners: [{ role: 'senior-leader' }, { staffId: 'st-41', name: 'Ann Head' }],
        },
        head,
      )
    ).id;
    attendance = (
      await post(`${PLAN}/priorities`, { title: 'Persistent absence', evidence: 'Persistent absence at 14%.', targets: [{ kpi: 'attendance', successCriteria: 'Below 10%' }], owners: [{ role: 'headteacher' }] }, head)
    ).id;
    expect([writing, attendance]).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    const action = await post(`${PLAN}/priorities/${writing}/actions`, { description: 'Moderate Year 6 writing with the hub', owner: { staffId: 'st-41', name: 'Ann Head' }, dueOn: '2026-02-13' }, head);
    await post(`${PLAN}/priorities/${writing}/actions/${action.id}/amendments`, { status: 'in-progress' }, head);

    commitment = (await post(`${PLAN}/support-commitments`, { priorityId: writing, kind: 'sle-lead-practitioner', coreDays: 1, developmentDays: 2, reviews: 1 })).id;
    await post(`${PLAN}/priorities/${writing}/ratings`, { rating: 'red', source: 'direct', comment: 'Baseline at the start of the year.' }, head);
    expect(await post(`${PLAN}/confirmation`, {})).toMatchObject({ id: '2025-26', events: ['ImprovementPlanConfirmed'] });

    const drafting = await plan();
    expect(drafting).toMatchObject({ status: 'confirmed', priorities: [{ priorityId: writing, currentRating: 'red', actions: [{ actionId: action.id, status: 'in-progress' }] }, { priorityId: attendance }] });
    expect(drafting.priorities[0]?.ragHistory).toEqual([
      { rating: 'red', ratedOn: '2025-09-08', ratedBy: { userId: 'hana', name: 'Hana Head', role: 'headteacher' }, comment: 'Baseline at the start of the year.', source: { kind: 'direct', aimId: null, visitId: null } },
    ]);
  });

  it('is rated by the host a week before a peer review visit, then at an AIM, where a priority is amended', async () => {
    on('2025-10-01');
    aimId = (await post(`/academies/${ACADEMY}/aims`, { date: '2025-11-05', format: 'one-day', focus: 'Writing' })).id;
    // A peer review visit to the academy on 15 October: a week before, its headteacher sets the focus, rating the writing priority.
    const members = [
      { headteacherId: 'hana', name: 'Hana Head', academyId: ACADEMY },
      { headteacherId: 'olly', name: 'Olly Other', academyId: OTHER },
    ];
    const group = (await post('/peer-reviews', { name: 'Autumn pair', academicYear: YEAR, members, leadHeadteacherId: 'olly' })).id;
    visitId = (await post(`/peer-reviews/${group}/visits`, { hostAcademyId: ACADEMY, visitDate: '2025-10-15', reviewerIds: ['olly'], facilitatorUserId: 'dee' })).id;

    on('2025-10-08');
    expect((await post(`/peer-reviews/${group}/visits/${visitId}/focus`, { aspects: [{ planPriorityId: writing, rag: 'amber' }] }, head)).events).toEqual(['VisitFocusSet']);

    on('2025-11-05');
    const held = await post(`/aims/${aimId}/held`, {
      heldOn: '2025-11-05',
      attendees: [
        { name: 'Dee Director', role: 'improvement-director', chair: true },
        { name: 'Hana Head', role: 'headteacher' },
      ],
      judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Writing improving.' }],
      priorities: [
        { planPriorityId: writing, rag: 'amber' },
        { planPriorityId: attendance, rag: 'green' },
      ],
      nextSteps: ['Moderate writing across Key Stage 2'],
    });
    expect(held.events).toEqual(['AimHeld']);
    await plan();
    // The one window kept: the amendment is recorded a few milliseconds after the AIM, so that an instant
    // (the store's own recordedAt, less a millisecond) falls between them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const amended = await post(`${PLAN}/priorities/${writing}/amendments`, {
      title: 'Raise attainment in writing across Key Stage 2',
      targets: [{ kpi: 'progress', successCriteria: '72% make at least expected progress in writing' }],
      aimId,
    });
    expect(amended.events).toEqual(['PlanPriorityAmended']);
    const amendment = await api.store.readEventAt(BigInt(amended.position));
    if (amendment === null) throw new Error(`no event at ${amended.position}`);
    beforeAmendment = new Date(amendment.recordedAt.getTime() - 1).toISOString();

    const [priority, other] = (await plan()).priorities;
    expect(priority).toMatchObject({ title: 'Raise attainment in writing across Key Stage 2', amendments: [{ amendedOn: '2025-11-05', aimId, title: 'Raise attainment in writing across Key Stage 2' }], currentRating: 'amber' });
    expect(priority?.ragHistory.map(({ rating, ratedOn, ratedBy, source }) => [rating, ratedOn, ratedBy?.userId ?? null, source.kind, source.aimId ?? source.visitId])).toEqual([
      ['red', '2025-09-08', 'hana', 'direct', null],
      ['amber', '2025-10-08', null, 'peer-visit', visitId],
      ['amber', '2025-11-05', null, 'aim', aimId],
    ]);
    expect(other?.ragHistory.map(({ rating, source }) => [rating, source.kind])).toEqual([['green', 'aim']]);
  });

  it('shows the plan as the ledger knew it before the amendment, with asOf', async () => {
    const known = await plan({ asOf: beforeAmendment });
    expect(known.priorities[0]).toMatchObject({ title: 'Raise attainment in Key Stage 2 writing', amendments: [], currentRating: 'amber' });
    expect(known.priorities[0]?.ragHistory.map((rating) => rating.source.kind)).toEqual(['direct', 'peer-visit', 'aim']);
  });

  it('shows the plan as it stood before the AIM with on=', async () => {
    const before = await plan({ on: '2025-11-04' });
    expect(before.priorities[0]).toMatchObject({ title: 'Raise attainment in Key Stage 2 writing', amendments: [], currentRating: 'amber' });
    expect(before.priorities[0]?.ragHistory.map((rating) => [rating.source.kind, rating.source.visitId])).toEqual([
      ['direct', null],
      ['peer-visit', visitId],
    ]);
    expect(before.priorities[0]?.targets).toEqual([{ kpi: 'progress', successCriteria: '70% make at least expected progress in writing' }]);
    expect(before.priorities[1]?.ragHistory).toEqual([]);
    // Before it was drafted, there was no plan.
    expect(errorAnswer(await api.as(governor).get(PLAN).query({ on: '2025-09-07' }).expect(404)).message).toBe(`academy ${ACADEMY} has no improvement plan for ${YEAR} drafted by 2025-09-07`);
  });

  it("delivers part of the support committed: a core day and a recharge naming the commitment; compliance shows Tier 2's strategy and what was not delivered", async () => {
    on('2025-11-20');
    await post(`/academies/${ACADEMY}/core-days`, { deliveredOn: '2025-11-20', days: 1, description: 'Writing moderation with the director', commitmentId: commitment });
    await post('/rate-cards', { academicYear: YEAR, rates: { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 25_000, 'support-staff': 15_000 } }, finance);
    const recharge = await post('/recharges', { supportedAcademyId: ACADEMY, providerRole: 'teacher', providerAcademyId: OTHER, days: 1, deliveredOn: '2025-11-20', description: 'SLE writing support', commitmentId: commitment }, finance);

    const [committed] = (await plan({}, finance)).commitments;
    expect(committed).toEqual({
      commitmentId: commitment,
      priorityId: writing,
      kind: 'sle-lead-practitioner',
      committedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
      committedOn: '2025-09-08',
      planned: { coreDays: 1, developmentDays: 2, reviews: 1 },
      delivered: { coreDays: 1, developmentDays: 1, reviews: 0 },
      undelivered: { coreDays: 0, developmentDays: 1, reviews: 1 },
      deliveredInFull: false,
      deliveries: [
        { kind: 'core-days', amount: 1, deliveredOn: '2025-11-20', rechargeId: null },
        { kind: 'development-days', amount: 1, deliveredOn: '2025-11-20', rechargeId: recharge.id },
      ],
    });

    const compliance = (await api.as(finance).get('/compliance').query({ academicYear: YEAR, academyId: ACADEMY, minPosition: last.position }).expect(200)).body as { academies: Record<string, unknown>[] };
    expect(compliance.academies[0]).toMatchObject({
      tier: 2,
      improvementStrategy: {
        plan: 'confirmed',
        priorities: [
          { priorityId: writing, title: 'Raise attainment in writing across Key Stage 2', kpis: ['progress'] },
          { priorityId: attendance, title: 'Persistent absence', kpis: ['attendance'] },
        ],
      },
      committedSupport: {
        planned: { coreDays: 1, developmentDays: 2, reviews: 1 },
        delivered: { coreDays: 1, developmentDays: 1, reviews: 0 },
        undelivered: { coreDays: 0, developmentDays: 1, reviews: 1 },
        commitments: [{ commitmentId: commitment, deliveredInFull: false }],
      },
    });
    // The other academy, in no tier and with no plan: no strategy, nothing committed.
    const other = (await api.as(finance).get('/compliance').query({ academicYear: YEAR, academyId: OTHER }).expect(200)).body as { academies: Record<string, unknown>[] };
    expect(other.academies[0]).toMatchObject({ tier: null, improvementStrategy: null, committedSupport: { commitments: [] } });
  });

  it("shows the priority's impact: its KPI against its target over the three terms, beside its RAG history", async () => {
    on('2026-07-20');
    for (const [term, value] of [['autumn', 61], ['spring', 68], ['summer', 74]] as const) {
      await post(`/academies/${ACADEMY}/kpis`, { kpi: 'progress', academicYear: YEAR, term, value }, head);
    }
    const [priority, other] = (await plan()).priorities;
    expect(priority?.impact).toEqual([
      {
        kpi: 'progress',
        successCriteria: '72% make at least expected progress in writing',
        target: 70,
        terms: [
          { term: 'autumn', value: 61, rag: 'red', corrected: false },
          { term: 'spring', value: 68, rag: 'amber', corrected: false },
          { term: 'summer', value: 74, rag: 'green', corrected: false },
        ],
      },
    ]);
    expect(other?.impact).toEqual([{ kpi: 'attendance', successCriteria: 'Below 10%', target: null, terms: ['autumn', 'spring', 'summer'].map((term) => ({ term, value: null, rag: null, corrected: false })) }]);
    // As it stood at the AIM: the autumn figure was not yet in.
    expect((await plan({ on: '2025-11-05' })).priorities[0]?.impact[0]?.terms.map((term) => term.value)).toEqual([null, null, null]);
  });

  it('refuses what it must: a field named (400), an AIM of another academy (422), a headteacher out of scope (403), a closed year (422)', async () => {
    const twice = await api.as(head).post(`${PLAN}/priorities`).send({ title: 'Maths', evidence: 'KS2 maths at 60%.', targets: [{ kpi: 'progress', successCriteria: 'a' }, { kpi: 'progress', successCriteria: 'b' }], owners: [{ role: 'headteacher' }] });
    expect({ status: twice.status, fields: errorAnswer(twice).fields }).toEqual({ status: 400, fields: ['targets[1].kpi'] });
    const badYear = await api.as(head).get(`/academies/${ACADEMY}/improvement-plans/2025-27`);
    expect({ status: badYear.status, fields: errorAnswer(badYear).fields }).toEqual({ status: 400, fields: ['academicYear'] });

    on('2026-07-20');
    const otherAim = (await post(`/academies/${OTHER}/aims`, { date: '2026-07-21', format: 'one-day' })).id;
    const refused = await api.as(director).post(`${PLAN}/priorities/${writing}/amendments`).send({ evidence: 'New evidence.', aimId: otherAim });
    expect({ status: refused.status, message: errorAnswer(refused).message }).toEqual({ status: 422, message: `aimId: academy ${ACADEMY} has no AIM ${otherAim}` });
    const unknown = await api.as(director).post(`${PLAN}/confirmation`).send({ aimId: 'no-such-aim' });
    expect(unknown.status).toBe(422);

    const outsider = await tokenFor({ sub: 'olly', roles: ['headteacher'], academies: [OTHER] });
    await api.as(outsider).get(PLAN).expect(403);
    await api.as(outsider).post(`${PLAN}/priorities/${writing}/ratings`).send({ rating: 'green', source: 'direct' }).expect(403);
    await api.as(head).post(`${PLAN}/support-commitments`).send({ priorityId: writing, kind: 'cpd-programme', coreDays: 0, developmentDays: 1, reviews: 0 }).expect(403);
    await api.as(director).get(`/academies/${OTHER}/improvement-plans/2025-26`).expect(404);

    expect(await post(`${PLAN}/closure`, {})).toMatchObject({ id: '2025-26', events: ['ImprovementPlanYearClosed'] });
    const afterClosing = await api.as(head).post(`${PLAN}/priorities/${attendance}/ratings`).send({ rating: 'green', source: 'direct' });
    expect(afterClosing.status).toBe(422);
    expect(errorAnswer(afterClosing).message).toMatch(/was closed with its year on 2026-07-20/);
    expect((await plan()).status).toBe('closed');
  });

  it('takes a past year\'s plan entered after the fact, each change on its own day, and reads it on any day of that year', async () => {
    // Still 20 July 2026: the other academy brings its 2024/25 plan in, with a peer review visit of that year.
    const otherPlan = `/academies/${OTHER}/improvement-plans/2024-25`;
    const olly = await tokenFor({ sub: 'olly', name: 'Olly Other', roles: ['headteacher'], academies: [OTHER] });
    await post(`/academies/${OTHER}/improvement-plans`, { academicYear: '2024/25', draftedOn: '2024-09-09' });
    const reading = (
      await post(`${otherPlan}/priorities`, { title: 'Early reading', evidence: 'Phonics check at 61%.', targets: [{ kpi: 'progress', successCriteria: '80% pass' }], owners: [{ role: 'headteacher' }], addedOn: '2024-09-10' })
    ).id;
    const members = [
      { headteacherId: 'hana', name: 'Hana Head', academyId: ACADEMY },
      { headteacherId: 'olly', name: 'Olly Other', academyId: OTHER },
    ];
    const group = (await post('/peer-reviews', { name: 'Past pair', academicYear: '2024/25', members, leadHeadteacherId: 'hana' })).id;
    const pastVisit = (await post(`/peer-reviews/${group}/visits`, { hostAcademyId: OTHER, visitDate: '2024-11-20', reviewerIds: ['hana'], facilitatorUserId: 'dee' })).id;
    // The host's focus, entered now: its rating stands a week before the visit, as the host gives it.
    await post(`/peer-reviews/${group}/visits/${pastVisit}/focus`, { aspects: [{ planPriorityId: reading, rag: 'red' }] }, olly);
    await post(`${otherPlan}/priorities/${reading}/amendments`, { title: 'Early reading and phonics', amendedOn: '2025-03-12' });

    const read = async (query: Record<string, string>): Promise<Plan> => (await api.as(director).get(otherPlan).query({ minPosition: last.position, ...query }).expect(200)).body as Plan;
    const beforeAmendment = await read({ on: '2025-03-11' });
    expect(beforeAmendment).toMatchObject({ draftedOn: '2024-09-09', priorities: [{ title: 'Early reading', amendments: [], addedOn: '2024-09-10' }] });
    expect(beforeAmendment.priorities[0]?.ragHistory.map(({ rating, ratedOn, source }) => [rating, ratedOn, source.kind])).toEqual([['red', '2024-11-13', 'peer-visit']]);
    expect((await read({ on: '2024-11-12' })).priorities[0]?.ragHistory).toEqual([]);
    expect((await read({})).priorities[0]).toMatchObject({ title: 'Early reading and phonics', amendments: [{ amendedOn: '2025-03-12' }] });
    await api.as(director).get(otherPlan).query({ on: '2024-09-08', minPosition: last.position }).expect(404);

    // A day in the future names its field; a day before the plan last changed is refused, with the day it last changed.
    const future = await api.as(director).post(`/academies/${OTHER}/improvement-plans`).send({ academicYear: '2025/26', draftedOn: '2026-07-21' });
    expect({ status: future.status, fields: errorAnswer(future).fields }).toEqual({ status: 400, fields: ['draftedOn'] });
    const backdated = await api.as(director).post(`${otherPlan}/priorities/${reading}/amendments`).send({ evidence: 'Phonics check at 64%.', amendedOn: '2025-01-10' });
    expect({ status: backdated.status, message: errorAnswer(backdated).message }).toEqual({
      status: 422,
      message: `amendedOn: the improvement plan of academy ${OTHER} for 2024/25 was last changed on 2025-03-12, so it cannot be dated 2025-01-10, before that`,
    });
  });
});
