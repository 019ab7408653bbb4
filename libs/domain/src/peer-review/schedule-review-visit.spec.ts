import type { ScheduleReviewVisit } from './peer-review-group.commands.js';
import {
  ASH,
  ELM,
  formed,
  GROUP_ID,
  givenGroup as given,
  groupFormed,
  OAK,
  VISIT_ID,
  visitScheduled,
} from './test-support/peer-review-fixtures.js';

const schedule = (overrides: Partial<ScheduleReviewVisit> = {}): ScheduleReviewVisit => ({
  type: 'ScheduleReviewVisit',
  visitId: VISIT_ID,
  groupId: GROUP_ID,
  hostAcademyId: OAK.academyId,
  visitDate: '2025-03-26',
  reviewerIds: [ELM.headteacherId],
  facilitatorUserId: 'user-aid',
  ...overrides,
});

/** Oak's earlier visits this year, by visit id and date. */
const oakVisits = (...dates: string[]) =>
  dates.map((visitDate, index) =>
    visitScheduled({ visitId: `oak-${index + 1}`, visitDate, visitNumber: index + 1 }),
  );

describe('ScheduleReviewVisit', () => {
  describe('allowed', () => {
    it('records a past visit of the year after the fact, entered in the diary today', () => {
      given([formed])
        .when(schedule({ visitDate: '2024-11-12' }))
        .then([visitScheduled({ visitDate: '2024-11-12', focusDueOn: '2024-11-05', reportDueOn: '2024-11-19', scheduledOn: '2025-03-12' })]);
    });

    it("puts the visit in the diary with the host's headteacher, the group's lead and the due dates", () => {
      given([formed]).when(schedule()).then([visitScheduled()]);
    });

    it("numbers the host's visits of the year", () => {
      given([formed, ...oakVisits('2024-10-08', '2025-01-21')])
        .when(schedule())
        .then([visitScheduled({ visitNumber: 3 })]);
    });

    it('counts only visits to the same host', () => {
      given([formed, ...oakVisits('2024-10-08', '2025-01-21', '2025-03-04')])
        .when(schedule({ hostAcademyId: ELM.academyId, reviewerIds: [OAK.headteacherId] }))
        .then([
          visitScheduled({
            hostAcademyId: ELM.academyId,
            hostHeadteacherId: ELM.headteacherId,
            reviewerIds: [OAK.headteacherId],
          }),
        ]);
    });

    it('lets another member lead the visit to the lead headteacher\'s own school', () => {
      given([formed])
        .when(schedule({ hostAcademyId: ASH.academyId, leadHeadteacherId: OAK.headteacherId }))
        .then([
          visitScheduled({
            hostAcademyId: ASH.academyId,
            hostHeadteacherId: ASH.headteacherId,
            leadHeadteacherId: OAK.headteacherId,
          }),
        ]);
    });

    it('schedules a visit with no facilitator named, today, with due dates across month ends', () => {
      given([formed])
        .when(schedule({ facilitatorUserId: null, visitDate: '2025-03-12' }))
        .then([
          visitScheduled({
            facilitatorUserId: null,
            visitDate: '2025-03-12',
            focusDueOn: '2025-03-05',
            reportDueOn: '2025-03-19',
          }),
        ]);
      given([formed])
        .when(schedule({ facilitatorUserId: undefined, visitDate: '2025-03-28' }))
        .then([
          visitScheduled({
            facilitatorUserId: null,
            visitDate: '2025-03-28',
            focusDueOn: '2025-03-21',
            reportDueOn: '2025-04-04',
          }),
        ]);
    });

    it('lets the lead headteacher be one of the reviewers too', () => {
      given([formed])
        .when(schedule({ reviewerIds: [ELM.headteacherId, ASH.headteacherId] }))
        .then([visitScheduled({ reviewerIds: [ELM.headteacherId, ASH.headteacherId] })]);
    });
  });

  describe('refused', () => {
    it('a group never formed (404)', () => {
      given([]).when(schedule()).thenThrows('not-found');
      given([formed]).when(schedule({ groupId: 'south-hub' })).thenThrows('not-found');
    });

    it('a visit id already in the diary (409)', () => {
      const error = given([formed, visitScheduled()]).when(schedule({ visitDate: '2025-04-02' })).thenThrows('conflict');
      expect(error.message).toBe(`visit ${VISIT_ID} is already in the diary of peer review group ${GROUP_ID}`);
    });

    it('a second visit to the same host on the same day (409)', () => {
      const error = given([formed, ...oakVisits('2025-03-26')]).when(schedule()).thenThrows('conflict');
      expect(error.message).toBe(`academy ${OAK.academyId} already has a peer review visit on 2025-03-26`);
    });

    it('a fourth visit to the same host in the year (422): "three visits per year to each school"', () => {
      const error = given([formed, ...oakVisits('2024-10-08', '2025-01-21', '2025-03-04')])
        .when(schedule())
        .thenThrows('refused');
      expect(error.message).toBe(
        'academy 111111 already has 3 peer review visits in 2024/25 (on 2024-10-08, 2025-01-21, 2025-03-04); ' +
          'the agreement is three visits per year to each school',
      );
    });

    it('a host that is not a member (422)', () => {
      const error = given([formed]).when(schedule({ hostAcademyId: '444444' })).thenThrows('refused');
      expect(error.message).toBe(`academy 444444 is not a member of peer review group ${GROUP_ID}`);
    });

    it("a date outside the group's academic year (422)", () => {
      const error = given([formed]).when(schedule({ visitDate: '2025-09-03' })).thenThrows('refused');
      expect(error.message).toBe(`peer review group ${GROUP_ID} is formed for 2024/25, so it cannot visit on 2025-09-03`);
    });

    it('the lead headteacher leading a review of their own school (422)', () => {
      const error = given([formed]).when(schedule({ hostAcademyId: ASH.academyId })).thenThrows('refused');
      expect(error.message).toBe(
        'headteacher ht-ash cannot lead the review of their own school; name another member to lead it',
      );
    });

    it('a lead who is not a member (422)', () => {
      const error = given([formed]).when(schedule({ leadHeadteacherId: 'ht-birch' })).thenThrows('refused');
      expect(error.message).toBe(`headteacher ht-birch is not a member of peer review group ${GROUP_ID}`);
    });

    it('a reviewer who is not a member (422)', () => {
      const error = given([formed]).when(schedule({ reviewerIds: [ELM.headteacherId, 'ht-birch'] })).thenThrows('refused');
      expect(error.message).toBe(`headteacher ht-birch is not a member of peer review group ${GROUP_ID}`);
    });

    it("the host's own headteacher as a reviewer (422)", () => {
      const error = given([formed]).when(schedule({ reviewerIds: [OAK.headteacherId] })).thenThrows('refused');
      expect(error.message).toBe(`headteacher ${OAK.headteacherId} hosts the visit, so cannot also review it`);
    });

    it('a group of next year visiting this year (422)', () => {
      given([groupFormed({ academicYear: '2025/26' })]).when(schedule()).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each([
      ['visitId', { visitId: 'visit 1' }],
      ['groupId', { groupId: '' }],
      ['hostAcademyId', { hostAcademyId: 'oak' }],
      ['visitDate', { visitDate: '2025-03-29' }],
      ['reviewerIds', { reviewerIds: [] }],
      ['reviewerIds', { reviewerIds: 'ht-elm' as unknown as string[] }],
      ['reviewerIds[1]', { reviewerIds: ['ht-elm', 'ht-elm'] }],
      ['reviewerIds[0]', { reviewerIds: [' ht-elm'] }],
      ['leadHeadteacherId', { leadHeadteacherId: '' }],
      ['facilitatorUserId', { facilitatorUserId: 'x'.repeat(201) }],
    ])('%s', (field, overrides) => {
      given([formed]).when(schedule(overrides)).thenThrows('invalid', field);
    });

    it('names a reviewer listed twice', () => {
      const error = given([formed]).when(schedule({ reviewerIds: ['ht-elm', 'ht-elm'] })).thenThrows('invalid', 'reviewerIds[1]');
      expect(error.message).toBe('reviewerIds[1]: ht-elm is listed more than once');
    });

    it('reports bad input before the unknown group', () => {
      given([]).when(schedule({ visitDate: 'soon' })).thenThrows('invalid', 'visitDate');
    });
  });
});
