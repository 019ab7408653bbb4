import { noPlan, planOf } from '../improvement-plan/test-support/plan-look-up-fixtures.js';
import type { HoldAim } from './aim.commands.js';
import { AIM_HEADINGS } from './aim-meeting.js';
import {
  ACADEMY_ID,
  AIM_ID,
  aimHeld,
  aimRescheduled,
  aimScheduled,
  ATTENDEES,
  badTexts,
  given,
  JUDGEMENTS,
  NEXT_STEPS,
  PRIORITIES,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const hold = (overrides: Partial<HoldAim> = {}): HoldAim => ({
  type: 'HoldAim',
  aimId: AIM_ID,
  heldOn: '2025-03-10',
  attendees: ATTENDEES,
  judgements: JUDGEMENTS,
  priorities: PRIORITIES,
  nextSteps: NEXT_STEPS,
  plan: noPlan(ACADEMY_ID, '2024/25'),
  ...overrides,
});

/** The academy's plan for the AIM's year 2024/25: writing (p-1) and attendance (p-2). */
const plan = planOf(ACADEMY_ID, '2024/25');
const byId = [
  { rag: 'amber', planPriorityId: 'p-1' },
  { rag: 'red', planPriorityId: 'p-2' },
];
const linked = [
  { priority: 'Raise attainment in Key Stage 2 writing', rag: 'amber' as const, planPriorityId: 'p-1' },
  { priority: 'Improve attendance of disadvantaged pupils', rag: 'red' as const, planPriorityId: 'p-2' },
];

const director = { name: 'Ian Director', role: 'improvement-director' };
const head = { name: 'Ann Head', role: 'headteacher' };

describe('HoldAim', () => {
  describe('allowed', () => {
    it('records the meeting with its attendees, judgements, priorities and next steps', () => {
      given([scheduledInThePast]).when(hold()).then([aimHeld()]);
    });

    it('records a meeting held today', () => {
      given([aimScheduled({ date: '2025-03-12', documentsDueOn: '2025-03-05' })])
        .when(hold({ heldOn: '2025-03-12' }))
        .then([aimHeld({ heldOn: '2025-03-12' })]);
    });

    it('records a meeting on the date it was rescheduled to, in that date\'s academic year', () => {
      given([
        aimScheduled({ date: '2025-09-10', academicYear: '2025/26', documentsDueOn: '2025-09-03' }),
        aimRescheduled({
          date: '2025-03-10',
          previousDate: '2025-09-10',
          academicYear: '2024/25',
          documentsDueOn: '2025-03-03',
        }),
      ])
        .when(hold())
        .then([aimHeld()]);
    });

    it.each([
      ['on its first day', '2025-03-06'],
      ['"the following day"', '2025-03-07'],
    ])('records a one-and-a-half-day AIM %s', (_label, heldOn) => {
      given([aimScheduled({ date: '2025-03-06', format: 'one-and-a-half-day', documentsDueOn: '2025-02-27' })])
        .when(hold({ heldOn }))
        .then([aimHeld({ heldOn, format: 'one-and-a-half-day' })]);
    });

    it('takes the following day of a one-and-a-half-day AIM begun on a Friday to be the Monday', () => {
      given([aimScheduled({ date: '2025-03-07', format: 'one-and-a-half-day', documentsDueOn: '2025-02-28' })])
        .when(hold({ heldOn: '2025-03-10' }))
        .then([aimHeld({ format: 'one-and-a-half-day' })]);
    });

    it('trims the texts, and takes a missing or null chair as not the chair', () => {
      given([scheduledInThePast])
        .when(
          hold({
            attendees: [
              { ...director, name: ' Ian Director ', chair: true },
              { ...head, chair: null },
              { name: 'Gill Chair', role: 'chair-of-governors' },
            ],
            nextSteps: NEXT_STEPS.map((step) => `${step}\n`),
          }),
        )
        .then([aimHeld()]);
    });

    it('records an attendee who is staff the ledger knows by their staff id, and anyone else by name only', () => {
      const attendees = [
        { ...director, chair: true, staffId: 'st-ian' },
        { ...head, staffId: 'ht_ann-2' },
        { name: 'Gill Chair', role: 'chair-of-governors', staffId: null },
      ];
      given([scheduledInThePast])
        .when(hold({ attendees }))
        .then([
          aimHeld({
            attendees: [
              { name: 'Ian Director', role: 'improvement-director', chair: true, staffId: 'st-ian' },
              { name: 'Ann Head', role: 'headteacher', chair: false, staffId: 'ht_ann-2' },
              { name: 'Gill Chair', role: 'chair-of-governors', chair: false, staffId: null },
            ],
          }),
        ]);
    });

    it("rates the priorities of the academy's plan for the AIM's year, named by id, under their titles", () => {
      given([scheduledInThePast]).when(hold({ priorities: byId, plan })).then([aimHeld({ priorities: linked })]);
    });

    it("takes a priority's title as the plan now has it, whatever case the text naming it is in", () => {
      const renamed = planOf(ACADEMY_ID, '2024/25', { priorities: [{ priorityId: 'p-1', title: 'Writing at greater depth' }] });
      given([scheduledInThePast])
        .when(hold({ priorities: [{ priority: ' writing AT greater depth ', rag: 'green', planPriorityId: 'p-1' }], plan: renamed }))
        .then([aimHeld({ priorities: [{ priority: 'Writing at greater depth', rag: 'green', planPriorityId: 'p-1' }] })]);
    });

    it('keeps free-text priorities, naming none, when the academy has no plan for the year', () => {
      given([scheduledInThePast])
        .when(hold({ priorities: PRIORITIES.map((priority) => ({ ...priority, planPriorityId: null })) }))
        .then([aimHeld()]);
    });

    it('records every heading, early years and sixth form included', () => {
      const judgements = AIM_HEADINGS.map((heading) => ({ heading, judgement: 'good' as const, comment: 'Secure.' }));
      given([scheduledInThePast]).when(hold({ judgements })).then([aimHeld({ judgements })]);
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(hold()).thenThrows('not-found');
    });

    it('an AIM already held (409)', () => {
      const error = given([scheduledInThePast, aimHeld()]).when(hold()).thenThrows('conflict');
      expect(error.message).toBe('AIM aim-1 was already held on 2025-03-10');
    });

    describe('(422) seed 003: "Meetings will normally be chaired by the AID"', () => {
      it('no chair', () => {
        const error = given([scheduledInThePast])
          .when(hold({ attendees: [{ ...director, chair: false }, head] }))
          .thenThrows('refused');
        expect(error.message).toBe(
          'an AIM is chaired by exactly one attendee, the improvement director; 0 attendees are marked chair',
        );
      });

      it('two chairs', () => {
        given([scheduledInThePast])
          .when(hold({ attendees: [{ ...director, chair: true }, { ...head, chair: true }] }))
          .thenThrows('refused');
      });

      it('a chair other than the improvement director', () => {
        const error = given([scheduledInThePast])
          .when(hold({ attendees: [director, { ...head, chair: true }] }))
          .thenThrows('refused');
        expect(error.message).toBe('an AIM is chaired by the improvement director, not by Ann Head (headteacher)');
      });
    });

    it.each([
      ['before its date', '2025-03-07'],
      ['after its date', '2025-03-11'],
    ])('a one-day AIM held %s (422: reschedule first)', (_label, heldOn) => {
      const error = given([scheduledInThePast]).when(hold({ heldOn })).thenThrows('refused');
      expect(error.message).toBe(
        `AIM aim-1 is scheduled for 2025-03-10, so it cannot be recorded as held on ${heldOn}; reschedule it first`,
      );
    });

    describe("(422) seed 003: AIMs \"review, amend or confirm the academy's priorities\"", () => {
      it("a priority naming none of the plan's, when the academy has a plan for the year, naming the field", () => {
        const error = given([scheduledInThePast])
          .when(hold({ priorities: [byId[0] as HoldAim['priorities'][number], { priority: 'Phonics in Year 1', rag: 'red' }], plan }))
          .thenThrows('refused');
        expect(error.message).toBe(
          'priorities[1].planPriorityId: academy 123456 has an improvement plan for 2024/25, so each of the priorities ' +
            'names one of its priorities by its id',
        );
      });

      it("a free text that is a priority's title still names it by id, and is told which", () => {
        const error = given([scheduledInThePast]).when(hold({ plan })).thenThrows('refused');
        expect(error.message).toBe(
          'priorities[0].planPriorityId: academy 123456 has an improvement plan for 2024/25, so each of the priorities ' +
            'names one of its priorities by its id ("Raise attainment in Key Stage 2 writing" is its priority p-1)',
        );
      });

      it('a priority not in the plan', () => {
        const error = given([scheduledInThePast])
          .when(hold({ priorities: [byId[0] as HoldAim['priorities'][number], { rag: 'red', planPriorityId: 'p-9' }], plan }))
          .thenThrows('refused');
        expect(error.message).toBe('priorities[1].planPriorityId: the improvement plan of academy 123456 for 2024/25 has no priority p-9');
      });

      it('a priority named when the academy has no plan for the year', () => {
        const error = given([scheduledInThePast]).when(hold({ priorities: byId })).thenThrows('refused');
        expect(error.message).toBe('priorities[0].planPriorityId: academy 123456 has no improvement plan for 2024/25, so it has no priority p-1');
      });

      it("a text that is not the title of the priority it names", () => {
        const error = given([scheduledInThePast])
          .when(hold({ priorities: [{ priority: 'Attendance', rag: 'red', planPriorityId: 'p-1' }], plan }))
          .thenThrows('refused');
        expect(error.message).toBe(
          'priorities[0].priority: priority p-1 of the plan is titled "Raise attainment in Key Stage 2 writing", not ' +
            '"Attendance"; leave the text out to take its title',
        );
      });
    });

    it("a plan looked up for another year than the AIM's (409: it moved meanwhile)", () => {
      const error = given([scheduledInThePast]).when(hold({ plan: planOf(ACADEMY_ID, '2025/26') })).thenThrows('conflict');
      expect(error.message).toContain("the improvement plan looked up was academy 123456's for 2025/26");
    });

    it('a one-and-a-half-day AIM held two days on (422)', () => {
      given([aimScheduled({ date: '2025-03-06', format: 'one-and-a-half-day' })])
        .when(hold({ heldOn: '2025-03-10' }))
        .thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each([
      ['not a date', 'yesterday'],
      ['in the future', '2025-03-13'],
    ])('heldOn %s', (_label, heldOn) => {
      given([scheduled]).when(hold({ heldOn })).thenThrows('invalid', 'heldOn');
    });

    it.each<[string, unknown, string]>([
      ['not a list', 'Ian, Ann', 'attendees'],
      ['empty', [], 'attendees'],
      ['an attendee that is not an object', ['Ian Director'], 'attendees[0]'],
      ['an attendee without a name', [{ role: 'headteacher' }], 'attendees[0].name'],
      ['an unknown role', [{ ...director, chair: true }, { name: 'Bob', role: 'caretaker' }], 'attendees[1].role'],
      ['a chair flag that is not a boolean', [{ ...director, chair: 'yes' }], 'attendees[0].chair'],
      ['an attendee listed twice', [{ ...director, chair: true }, head, head], 'attendees[2]'],
      ['a staff id that is not text', [{ ...director, chair: true }, { ...head, staffId: 41 }], 'attendees[1].staffId'],
      ['an empty staff id', [{ ...director, chair: true }, { ...head, staffId: '' }], 'attendees[1].staffId'],
      ['a staff id with spaces', [{ ...director, chair: true }, { ...head, staffId: 'st 41' }], 'attendees[1].staffId'],
      ['a staff id of 65 characters', [{ ...director, chair: true }, { ...head, staffId: 's'.repeat(65) }], 'attendees[1].staffId'],
      [
        'one member of staff listed twice, under two roles',
        [{ ...director, chair: true, staffId: 'st-41' }, { ...head, staffId: 'st-41' }],
        'attendees[1].staffId',
      ],
      ['51 attendees', Array.from({ length: 51 }, (_, i) => ({ name: `P${i}`, role: 'governor' })), 'attendees'],
    ])('attendees: %s', (_label, attendees, field) => {
      given([scheduledInThePast])
        .when(hold({ attendees: attendees as HoldAim['attendees'] }))
        .thenThrows('invalid', field);
    });

    it.each<[string, unknown, string]>([
      ['not a list', null, 'judgements'],
      ['empty', [], 'judgements'],
      ['an unknown heading', [{ heading: 'achievement', judgement: 'good', comment: 'x' }], 'judgements[0].heading'],
      ['a report card grade', [{ heading: 'quality-of-education', judgement: 'strong-standard', comment: 'x' }], 'judgements[0].judgement'],
      ['no comment', [{ heading: 'quality-of-education', judgement: 'good' }], 'judgements[0].comment'],
      [
        'a heading judged twice',
        [JUDGEMENTS[0], { heading: 'quality-of-education', judgement: 'good', comment: 'again' }],
        'judgements[1].heading',
      ],
    ])('judgements: %s', (_label, judgements, field) => {
      given([scheduledInThePast])
        .when(hold({ judgements: judgements as HoldAim['judgements'] }))
        .thenThrows('invalid', field);
    });

    it.each<[string, unknown, string]>([
      ['empty', [], 'priorities'],
      ['a grey rating', [{ priority: 'Writing', rag: 'grey' }], 'priorities[0].rag'],
      ['a blank priority', [{ priority: ' ', rag: 'red' }], 'priorities[0].priority'],
      ['a priority of 501 characters', [{ priority: 'x'.repeat(501), rag: 'red' }], 'priorities[0].priority'],
      ['neither a text nor a plan priority', [{ rag: 'red' }], 'priorities[0].priority'],
      ['a null text and no plan priority', [{ priority: null, rag: 'red', planPriorityId: null }], 'priorities[0].priority'],
      ['a plan priority id that is not text', [{ rag: 'red', planPriorityId: 7 }], 'priorities[0].planPriorityId'],
      ['a plan priority id with spaces', [{ rag: 'red', planPriorityId: 'p 1' }], 'priorities[0].planPriorityId'],
      ['one plan priority rated twice', [{ rag: 'red', planPriorityId: 'p-1' }, { rag: 'green', planPriorityId: 'p-1' }], 'priorities[1].planPriorityId'],
    ])('priorities: %s', (_label, priorities, field) => {
      given([scheduledInThePast])
        .when(hold({ priorities: priorities as HoldAim['priorities'] }))
        .thenThrows('invalid', field);
    });

    it('nextSteps: empty', () => {
      given([scheduledInThePast]).when(hold({ nextSteps: [] })).thenThrows('invalid', 'nextSteps');
    });

    it.each(badTexts(2000))('nextSteps: a step %s', (_label, step) => {
      given([scheduledInThePast])
        .when(hold({ nextSteps: ['Moderate writing', step as string] }))
        .thenThrows('invalid', 'nextSteps[1]');
    });

    it('reports bad input before the chair', () => {
      given([scheduledInThePast])
        .when(hold({ attendees: [head], nextSteps: [] }))
        .thenThrows('invalid', 'nextSteps');
    });
  });
});
