import { DomainError } from '../shared/domain-error.js';
import { parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseText } from '../values/text.js';
import { parseList, parseObjectItem } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import type { FormPeerReviewGroup } from './peer-review-group.commands.js';
import type { PeerReviewGroupEvent, PeerReviewMember } from './peer-review-group.events.js';
import type { PeerReviewGroupState } from './peer-review-group.state.js';
import { parsePersonId } from './person-id.js';
import { MAX_ITEMS, MAX_NAME_LENGTH } from '../values/limits.js';


/**
 * Seed 003, "Peer to Peer Programme": the headteachers of a group of academies visit each other's schools,
 * led by a lead headteacher. A group is formed for one academic year: a past one records the trust's past
 * programme, whose visits are then recorded after the fact.
 */
export function formPeerReviewGroup(
  command: FormPeerReviewGroup,
  state: PeerReviewGroupState,
): PeerReviewGroupEvent[] {
  const groupId = parseRecordId(command.groupId, 'groupId');
  const name = parseText(command.name, 'name', MAX_NAME_LENGTH);
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const members = parseMembers(command.members);
  const leadHeadteacherId = parsePersonId(command.leadHeadteacherId, 'leadHeadteacherId');
  if (!members.some((member) => member.headteacherId === leadHeadteacherId)) {
    throw DomainError.invalid('leadHeadteacherId', "must be the headteacherId of one of the group's members");
  }

  if (state.status === 'formed') {
    throw DomainError.conflict(`peer review group ${groupId} is already formed`);
  }
  return [{ type: 'PeerReviewGroupFormed', data: { groupId, name, academicYear, members, leadHeadteacherId } }];
}

/** Two academies or more, each with its headteacher: a peer review needs a school to visit and one to visit it. */
function parseMembers(input: unknown): PeerReviewMember[] {
  const members = parseList(input, 'members', { min: 2, max: MAX_ITEMS.members }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ headteacherId, name, academyId }');
    return {
      headteacherId: parsePersonId(item.get('headteacherId'), `${field}.headteacherId`),
      name: parseText(item.get('name'), `${field}.name`, MAX_NAME_LENGTH),
      academyId: parseAcademyId(item.get('academyId'), `${field}.academyId`),
    };
  });
  members.forEach((member, index) => {
    if (members.findIndex((other) => other.academyId === member.academyId) !== index) {
      throw DomainError.invalid(`members[${index}].academyId`, `academy ${member.academyId} is listed more than once`);
    }
    if (members.findIndex((other) => other.headteacherId === member.headteacherId) !== index) {
      throw DomainError.invalid(
        `members[${index}].headteacherId`,
        `headteacher ${member.headteacherId} is listed for more than one academy`,
      );
    }
  });
  return members;
}
