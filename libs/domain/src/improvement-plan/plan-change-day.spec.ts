import { deciderSpec } from '../test-support/decider-spec.js';
import type { ImprovementPlanCommand } from './improvement-plan.commands.js';
import { improvementPlanDecider } from './improvement-plan.decider.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import {
  actionAdded,
  actionAmended,
  actionIn,
  added,
  DIRECTOR,
  given,
  PLAN,
  planConfirmed,
  planDrafted,
  priorityAdded,
  priorityAmended,
  supportCommitted,
  yearClosed,
} from './test-support/improvement-plan-fixtures.js';

/**
 * A plan entered after the fact: each change names the day it was made, never in the future and never before
 * the plan's latest change, so the plan read `on` a day is what had happened by then. "Today" is 2025-11-12.
 */

/** The plan as it stood at the start of term: drafted on 2 September, its priority and action added on the 3rd. */
const september: ImprovementPlanEvent[] = [
  planDrafted({ draftedOn: '2025-09-02' }),
  priorityAdded({ addedOn: '2025-09-03' }),
  actionAdded({ addedOn: '2025-09-03' }),
];

const givenOn = (now: Date) => deciderSpec(improvementPlanDecider, { now });

interface Case {
  field: string;
  /** The command, dated `day`. */
  command: (day: string) => ImprovementPlanCommand;
  /** What it records, dated `day`. */
  event: (day: string) => ImprovementPlanEvent;
}

const CASES: Case[] = [
  {
    field: 'addedOn',
    command: (addedOn) => ({
      type: 'AddPlanPriority',
      ...PLAN,
      priorityId: 'p-2',
      title: 'Attendance of disadvantaged pupils',
      evidence: 'Persistent absence at 24%.',
      targets: [],
      owners: [{ role: 'senior-leader' }],
      addedOn,
    }),
    event: (addedOn) =>
      priorityAdded({
        priorityId: 'p-2',
        title: 'Attendance of disadvantaged pupils',
        evidence: 'Persistent absence at 24%.',
        targets: [],
        owners: [{ kind: 'role', role: 'senior-leader', staffId: null, name: null }],
        addedOn,
      }),
  },
  {
    field: 'amendedOn',
    command: (amendedOn) => ({ type: 'AmendPlanPriority', ...PLAN, priorityId: 'p-1', evidence: 'Writing at 61% in the autumn.', amendedOn }),
    event: (amendedOn) => {
      const { title, targets, owners } = (added as Extract<ImprovementPlanEvent, { type: 'PlanPriorityAdded' }>).data;
      return priorityAmended({ title, targets, owners, evidence: 'Writing at 61% in the autumn.', aimId: null, amendedOn });
    },
  },
  {
    field: 'addedOn',
    command: (addedOn) => ({
      type: 'AddPlanAction',
      ...PLAN,
      priorityId: 'p-1',
      actionId: 'a-2',
      description: 'Writing moderation with the hub',
      owner: { role: 'hub-lead' },
      dueOn: '2026-03-27',
      addedOn,
    }),
    event: (addedOn) =>
      actionAdded({
        actionId: 'a-2',
        description: 'Writing moderation with the hub',
        owner: { kind: 'role', role: 'hub-lead', staffId: null, name: null },
        dueOn: '2026-03-27',
        addedOn,
      }),
  },
  {
    field: 'amendedOn',
    command: (amendedOn) => ({ type: 'AmendPlanAction', ...PLAN, priorityId: 'p-1', actionId: 'a-1', status: 'in-progress', amendedOn }),
    event: (amendedOn) => actionAmended({ amendedOn }),
  },
  {
    field: 'confirmedOn',
    command: (confirmedOn) => ({ type: 'ConfirmImprovementPlan', ...PLAN, confirmedOn }),
    event: (confirmedOn) => planConfirmed({ confirmedOn }),
  },
  {
    field: 'committedOn',
    command: (committedOn) => ({
      type: 'CommitPlanSupport',
      ...PLAN,
      commitmentId: 'c-1',
      priorityId: 'p-1',
      kind: 'sle-lead-practitioner',
      coreDays: 0,
      developmentDays: 4,
      reviews: 0,
      committedBy: { ...DIRECTOR },
      committedOn,
    }),
    event: (committedOn) => supportCommitted({ committedOn }),
  },
  {
    field: 'closedOn',
    command: (closedOn) => ({ type: 'CloseImprovementPlanYear', ...PLAN, closedOn }),
    event: (closedOn) => yearClosed({ closedOn }),
  },
];

describe('the day a change of a plan is dated', () => {
  describe.each(CASES.map((each) => [`${each.command('').type} (${each.field})`, each] as const))('%s', (_name, { field, command, event }) => {
    it('is the day named, when the plan is entered after the fact', () => {
      given(september).when(command('2025-10-06')).then([event('2025-10-06')]);
    });

    it('may be the day of the latest change, or today', () => {
      given(september).when(command('2025-09-03')).then([event('2025-09-03')]);
      given(september).when(command('2025-11-12')).then([event('2025-11-12')]);
    });

    it('is refused before the latest change (422), so a day already told is never rewritten', () => {
      const error = given(september).when(command('2025-09-02')).thenThrows('refused');
      expect(error.message).toBe(
        `${field}: the improvement plan of academy 123456 for 2025/26 was last changed on 2025-09-03, so it cannot be dated 2025-09-02, before that`,
      );
    });

    it.each(['2025-11-13', '2025-02-30', '12/11/2025', 20251112])('is invalid as %p (not a day, or in the future)', (day) => {
      given(september).when(command(day as string)).thenThrows('invalid', field);
    });
  });

  it("drafts a plan on the day named, or today; never in the future", () => {
    given([]).when({ type: 'DraftImprovementPlan', ...PLAN, draftedOn: '2025-07-14' }).then([planDrafted({ draftedOn: '2025-07-14' })]);
    given([]).when({ type: 'DraftImprovementPlan', ...PLAN, draftedOn: null }).then([planDrafted()]);
    given([]).when({ type: 'DraftImprovementPlan', ...PLAN, draftedOn: '2025-11-13' }).thenThrows('invalid', 'draftedOn');
  });

  it('dates ratings by the day given, apart from the changes: a rating may come before the latest change', () => {
    given([...september, actionAmended({ amendedOn: '2025-11-01' })])
      .when({
        type: 'RatePlanPriority',
        ...PLAN,
        priorityId: 'p-1',
        rating: 'red',
        ratedOn: '2025-10-20',
        source: 'direct',
        ratedBy: { ...DIRECTOR },
      })
      .then([
        {
          type: 'PlanPriorityRated',
          data: { ...PLAN, priorityId: 'p-1', rating: 'red', ratedOn: '2025-10-20', ratedBy: { ...DIRECTOR }, comment: null, source: { kind: 'direct', aimId: null, visitId: null } },
        },
      ]);
  });

  it("commits support beside the plan's changes: an AIM's confirmation entered after a later commitment is dated the AIM's day", () => {
    const committedInJanuary = [...september, supportCommitted({ committedOn: '2026-01-29' })];
    const at = new Date('2026-03-12T12:00:00Z');
    const confirm: ImprovementPlanCommand = { type: 'ConfirmImprovementPlan', ...PLAN, aimId: 'aim-autumn', confirmedOn: '2025-11-18' };
    givenOn(at)(committedInJanuary).when(confirm).then([planConfirmed({ aimId: 'aim-autumn', confirmedOn: '2025-11-18' })]);
    // The year is closed after everything, support among it.
    const error = givenOn(at)(committedInJanuary).when({ type: 'CloseImprovementPlanYear', ...PLAN, closedOn: '2026-01-28' }).thenThrows('refused');
    expect(error.message).toBe('closedOn: the improvement plan of academy 123456 for 2025/26 last had support committed on 2026-01-29, so it cannot be dated 2026-01-28, before that');
  });

  it('a change that changes nothing changes nothing, whatever its day', () => {
    given([...september, actionIn]).when({ type: 'AmendPlanAction', ...PLAN, priorityId: 'p-1', actionId: 'a-1', status: 'not-started', amendedOn: '2025-09-01' }).thenNothing();
  });
});
