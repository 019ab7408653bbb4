import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { academicYearOf } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseList } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import { addDays, parseSchoolDay } from '../aim/school-calendar.js';
import { isoDateOf } from '../values/iso-date.js';
import type { ScheduleReviewVisit } from './peer-review-group.commands.js';
import type { PeerReviewGroupEvent } from './peer-review-group.events.js';
import { formedGroup, type FormedPeerReviewGroup, type PeerReviewGroupState } from './peer-review-group.state.js';
import { parsePersonId } from './person-id.js';
import {
  FOCUS_DUE_DAYS_BEFORE,
  REPORT_DUE_DAYS_AFTER,
  VISITS_PER_HOST_PER_YEAR,
} from './visits-per-host.js';
import { MAX_ITEMS } from '../values/limits.js';


/**
 * A visit in the group's diary. The diary is one stream, so "three visits per year to each school in the
 * group" is checked and appended atomically: two visits scheduled at once cannot both be the fourth.
 * Seed 003: "We will agree all visit dates well in advance and there is an expectation that dates are held
 * as a priority and will not be changed", so a scheduled visit is never moved. A visit on a past day is one
 * recorded after the fact (a group's past year): its report is then never chased.
 */
export function scheduleReviewVisit(
  command: ScheduleReviewVisit,
  state: PeerReviewGroupState,
  { now }: DecisionContext,
): PeerReviewGroupEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const groupId = parseRecordId(command.groupId, 'groupId');
  const hostAcademyId = parseAcademyId(command.hostAcademyId, 'hostAcademyId');
  const visitDate = parseSchoolDay(command.visitDate, 'visitDate');
  const reviewerIds = parseReviewerIds(command.reviewerIds);
  const requestedLead = optional(command.leadHeadteacherId, 'leadHeadteacherId');
  const facilitatorUserId = optional(command.facilitatorUserId, 'facilitatorUserId');

  const group = formedGroup(state, groupId);
  if (group.visits.has(visitId)) {
    throw DomainError.conflict(`visit ${visitId} is already in the diary of peer review group ${groupId}`);
  }
  const host = group.members.find((member) => member.academyId === hostAcademyId);
  if (host === undefined) {
    throw DomainError.refused(`academy ${hostAcademyId} is not a member of peer review group ${groupId}`);
  }
  if (academicYearOf(visitDate) !== group.academicYear) {
    throw DomainError.refused(
      `peer review group ${groupId} is formed for ${group.academicYear}, so it cannot visit on ${visitDate}`,
    );
  }
  const leadHeadteacherId = requestedLead ?? group.leadHeadteacherId;
  refuseUnlessVisitingMembers(group, host.headteacherId, leadHeadteacherId, reviewerIds);

  const hostVisits = [...group.visits.values()].filter((visit) => visit.hostAcademyId === hostAcademyId);
  if (hostVisits.some((visit) => visit.visitDate === visitDate)) {
    throw DomainError.conflict(`academy ${hostAcademyId} already has a peer review visit on ${visitDate}`);
  }
  if (hostVisits.length >= VISITS_PER_HOST_PER_YEAR) {
    throw DomainError.refused(
      `academy ${hostAcademyId} already has ${VISITS_PER_HOST_PER_YEAR} peer review visits in ${group.academicYear} ` +
        `(on ${hostVisits.map((visit) => visit.visitDate).join(', ')}); ` +
        'the agreement is three visits per year to each school',
    );
  }
  return [
    {
      type: 'ReviewVisitScheduled',
      data: {
        visitId,
        groupId,
        academicYear: group.academicYear,
        hostAcademyId,
        hostHeadteacherId: host.headteacherId,
        leadHeadteacherId,
        reviewerIds,
        facilitatorUserId,
        visitDate,
        visitNumber: hostVisits.length + 1,
        focusDueOn: addDays(visitDate, -FOCUS_DUE_DAYS_BEFORE),
        reportDueOn: addDays(visitDate, REPORT_DUE_DAYS_AFTER),
        scheduledOn: isoDateOf(now),
      },
    },
  ];
}

function parseReviewerIds(input: unknown): string[] {
  const reviewerIds = parseList(input, 'reviewerIds', { min: 1, max: MAX_ITEMS.reviewerIds }, parsePersonId);
  reviewerIds.forEach((reviewerId, index) => {
    if (reviewerIds.indexOf(reviewerId) !== index) {
      throw DomainError.invalid(`reviewerIds[${index}]`, `${reviewerId} is listed more than once`);
    }
  });
  return reviewerIds;
}

function optional(input: unknown, field: string): string | null {
  return input === undefined || input === null ? null : parsePersonId(input, field);
}

/**
 * The visiting headteachers are members of the group, and none of them is the host's: seed 003, "Each
 * Headteacher will lead three interim AIMs to review another Academy's performance".
 */
function refuseUnlessVisitingMembers(
  group: FormedPeerReviewGroup,
  hostHeadteacherId: string,
  leadHeadteacherId: string,
  reviewerIds: readonly string[],
): void {
  const isMember = (headteacherId: string): boolean =>
    group.members.some((member) => member.headteacherId === headteacherId);
  if (!isMember(leadHeadteacherId)) {
    throw DomainError.refused(`headteacher ${leadHeadteacherId} is not a member of peer review group ${group.groupId}`);
  }
  if (leadHeadteacherId === hostHeadteacherId) {
    throw DomainError.refused(
      `headteacher ${leadHeadteacherId} cannot lead the review of their own school; name another member to lead it`,
    );
  }
  for (const reviewerId of reviewerIds) {
    if (!isMember(reviewerId)) {
      throw DomainError.refused(`headteacher ${reviewerId} is not a member of peer review group ${group.groupId}`);
    }
    if (reviewerId === hostHeadteacherId) {
      throw DomainError.refused(`headteacher ${reviewerId} hosts the visit, so cannot also review it`);
    }
  }
}
