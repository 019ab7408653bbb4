import { academicYearOf, addDays, aimDecider, nextSchoolDay, TERMS, type AimCommand, type AimEvent, type AimState, type ImprovementPlanEvent, type IsoDate } from '@trust/domain';
import { buildDemoAims, type DemoAim } from './demo-aims.js';
import { resolveIds } from './demo-ids.js';
import { buildDemoTrust, type DemoAcademy } from './demo-trust.js';
import { DemoLedger } from './test-support/demo-decisions.js';

const SUNDAY_IN_AUGUST = '2026-08-16';
const TUESDAY_IN_MARCH = '2026-03-10';
const SATURDAY_IN_NOVEMBER = '2025-11-22';
const FIRST_DAY_AFTER_THE_PAST_YEAR = '2025-09-01';
const TODAYS = [SUNDAY_IN_AUGUST, TUESDAY_IN_MARCH, SATURDAY_IN_NOVEMBER, FIRST_DAY_AFTER_THE_PAST_YEAR];

/**
 * Runs the demo's commands for the AIMs through the deciders, as the API would on `today`: each academy's history
 * first (its improvement plans among it), then each AIM, its meeting given the academy's plan for the AIM's year,
 * then what it changed in the plan. The AIMs' events, and the plans' events the AIMs caused.
 */
function decide(academies: readonly DemoAcademy[], aims: readonly DemoAim[], today: string): { events: AimEvent[]; planEvents: ImprovementPlanEvent[] } {
  const context = { now: new Date(`${today}T12:00:00Z`) };
  const events: AimEvent[] = [];
  const planEvents: ImprovementPlanEvent[] = [];
  for (const academy of academies) {
    // The history as the API takes it whenever the demo is loaded (its report cards run to 2026).
    const ledger = new DemoLedger(new Date('2026-09-01T09:00:00Z'));
    ledger.run(academy.requests);
    for (const aim of aims.filter((each) => each.academyId === academy.academyId)) {
      const aimId = aim.key;
      ledger.ids.set(aim.key, aimId);
      const commands: AimCommand[] = [
        { type: 'ScheduleAim', aimId, academyId: aim.academyId, date: aim.date, format: aim.format },
        { type: 'AgreeAimFocus', aimId, focus: aim.focus },
        ...aim.documents.map((document): AimCommand => ({ type: 'SubmitAimDocument', aimId, documentType: document.type, rag: document.rag ?? null, submittedOn: document.submittedOn })),
        ...(aim.checkDocuments ? [{ type: 'CheckAimDocuments', aimId, checkedOn: today } as const] : []),
        ...(aim.meeting === null
          ? []
          : [{ type: 'HoldAim', aimId, ...resolveIds(aim.meeting, ledger.ids), plan: ledger.lookUp(aim.academyId, academicYearOf(aim.date)) } as AimCommand]),
        ...(aim.report === null ? [] : [{ type: 'PublishAimReport', aimId, ...aim.report } as const]),
      ];
      let state: AimState = aimDecider.initialState();
      for (const command of commands) {
        const decided = aimDecider.decide(command, state, context);
        decided.forEach((event) => {
          state = aimDecider.evolve(state, event);
        });
        events.push(...decided);
      }
      for (const followUp of aim.planFollowUps) planEvents.push(...(ledger.decide(followUp) as ImprovementPlanEvent[]));
    }
  }
  return { events, planEvents };
}

const ofType = <E extends AimEvent | ImprovementPlanEvent, T extends E['type']>(events: readonly E[], type: T): Extract<E, { type: T }>[] =>
  events.filter((event): event is Extract<E, { type: T }> => event.type === type);

describe('the demo AIMs', () => {
  const academies = buildDemoTrust();

  describe.each(TODAYS)('given the demo is loaded on %s', (today) => {
    const aims = buildDemoAims(academies, today);
    const { events, planEvents } = decide(academies, aims, today);

    it('then every academy has the three AIMs of 2024/25, recorded after the fact: held by the improvement director and reported', () => {
      const held = ofType(events, 'AimHeld');
      expect(held).toHaveLength(academies.length * 3);
      for (const academy of academies) expect(held.filter((event) => event.data.academyId === academy.academyId && event.data.academicYear === '2024/25')).toHaveLength(3);
      expect(held.every((event) => event.data.attendees.some((attendee) => attendee.chair && attendee.role === 'improvement-director'))).toBe(true);
      // The headteacher attends by the staff id the peer reviews know them by (head-<URN>), so erasing them reaches the meeting.
      expect(held.every((event) => event.data.attendees.some((attendee) => attendee.role === 'headteacher' && attendee.staffId === `head-${event.data.academyId}`))).toBe(true);
      expect(ofType(events, 'AimReportPublished').every((event) => event.data.publishedOn > '2024-09-01' && event.data.publishedOn < '2025-09-01')).toBe(true);
      expect(ofType(events, 'AimDocumentSubmitted').filter((event) => event.data.submittedOn < '2025-09-01')).toHaveLength(academies.length * 3 * 6);
    });

    it('then one academy\'s first AIM had two documents sent after their due date, and no past document is chased', () => {
      const recorded = aims.filter((aim) => aim.kind === 'recorded');
      const late = recorded.flatMap((aim) => aim.documents.filter((document) => (document.submittedOn ?? '') > addDays(aim.date as IsoDate, -7)).map((document) => [aim.academyId, aim.date, document.type]));
      expect(late).toEqual([
        ['143890', '2024-11-06', 'lgb-minutes'],
        ['143890', '2024-11-06', 'pupil-premium-strategy'],
      ]);
      expect(recorded.every((aim) => !aim.checkDocuments)).toBe(true);
    });

    it('then each academy\'s next AIM is planned a few weeks ahead, and one arranged at short notice for the next school day has its missing documents recorded overdue', () => {
      const planned = aims.filter((aim) => aim.kind === 'planned');
      expect(planned.map((aim) => aim.academyId)).toEqual(academies.map((academy) => academy.academyId));
      expect(planned.every((aim) => aim.date >= addDays(today as IsoDate, 21) && aim.date <= addDays(today as IsoDate, 42))).toBe(true);

      const shortNotice = aims.filter((aim) => aim.kind === 'short-notice');
      expect(shortNotice).toEqual([expect.objectContaining({ academyId: '145678', date: nextSchoolDay(today as IsoDate), checkDocuments: true }) as unknown]);
      expect(ofType(events, 'AimDocumentsOverdue').map((event) => event.data)).toEqual([
        expect.objectContaining({ academyId: '145678', missing: ['headteacher-report', 'improvement-plan', 'previous-aim-report'], checkedOn: today }) as unknown,
      ]);
      expect(ofType(events, 'AimScheduled')).toHaveLength(academies.length * 4 + 1);
    });

    it("then each past AIM rates every priority of the academy's 2024/25 plan by its id, from its KPI's figures of the term, so the ratings move over the year", () => {
      const held = ofType(events, 'AimHeld').filter((event) => event.data.academicYear === '2024/25');
      for (const academy of academies) {
        const plan = academy.plans.find((each) => each.academicYear === '2024/25');
        const own = held.filter((event) => event.data.academyId === academy.academyId);
        expect(own.map((event) => event.data.priorities.map((priority) => priority.planPriorityId))).toEqual(Array(3).fill(plan?.priorities.map((priority) => priority.key)));
        expect(own.map((event) => event.data.priorities.map((priority) => priority.rag))).toEqual(TERMS.map((term) => plan?.priorities.map((priority) => priority.terms[term])));
      }
      const histories = held.map((event) => event.data.priorities.map((priority) => priority.rag).join());
      expect(new Set(histories).size).toBeGreaterThan(5);
      // Hawthorn Park's transition priority: amber at the autumn and spring AIMs, green by the summer's.
      const hawthorn = held.filter((event) => event.data.academyId === '145678').map((event) => event.data.priorities.find((priority) => priority.priority.startsWith('Transition'))?.rag);
      expect(hawthorn).toEqual(['amber', 'amber', 'green']);
    });

    it('then the plan is confirmed at the autumn AIM, a priority still red at the spring AIM is amended there and the plan confirmed again, and the year is closed after the summer AIM', () => {
      const confirmed = ofType(planEvents, 'ImprovementPlanConfirmed');
      const autumn = new Set(aims.filter((aim) => aim.key.endsWith('-1') && aim.kind === 'recorded').map((aim) => aim.key));
      expect(confirmed.filter((event) => autumn.has(event.data.aimId ?? ''))).toHaveLength(academies.length);
      const amended = ofType(planEvents, 'PlanPriorityAmended');
      expect(amended.length).toBeGreaterThanOrEqual(1);
      for (const amendment of amended) {
        expect(amendment.data.aimId).toMatch(/^demo-aim-\d{6}-2024-25-2$/);
        expect(amendment.data.owners).toContainEqual(expect.objectContaining({ role: 'improvement-director' }));
        expect(confirmed.some((event) => event.data.aimId === amendment.data.aimId)).toBe(true);
      }
      expect(ofType(planEvents, 'ImprovementPlanYearClosed').map((event) => event.data.academyId)).toEqual(academies.map((academy) => academy.academyId));
      const moved = ofType(planEvents, 'PlanActionAmended');
      expect(new Set(moved.map((event) => event.data.status))).toEqual(new Set(['in-progress', 'done']));
    });

    it('then every AIM has its own Idempotency-Key stem', () => {
      expect(new Set(aims.map((aim) => aim.key)).size).toBe(aims.length);
    });
  });

  it('is the same past whatever the day, so its Idempotency-Keys replay the same commands', () => {
    const past = (today: string): DemoAim[] => buildDemoAims(academies, today).filter((aim) => aim.kind === 'recorded');
    expect(past(SUNDAY_IN_AUGUST)).toEqual(past(TUESDAY_IN_MARCH));
    expect(buildDemoAims(academies, TUESDAY_IN_MARCH)).toEqual(buildDemoAims(academies, TUESDAY_IN_MARCH));
  });

  it('refuses a today inside the year it records as the past', () => {
    expect(() => buildDemoAims(academies, '2025-06-30')).toThrow('today must be on or after 2025-09-01');
  });
});
