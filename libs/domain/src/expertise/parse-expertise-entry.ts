import { CENTRALLY_EMPLOYED_ROLES, parseSupportRole, type SupportRole } from '../finance/support-role.js';
import { DomainError } from '../shared/domain-error.js';
import { parseAcademyId, type AcademyId } from '../values/academy-id.js';
import { parseText } from '../values/text.js';
import { parseList, parseTextList } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import { EXPERTISE_AREAS, parseExpertiseArea } from './expertise-area.js';
import type { ExpertiseEntryInput } from './expertise.commands.js';
import type { ExpertiseProfile } from './expertise.events.js';
import { MAX_ITEMS, MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';

export function parseExpertiseEntry(input: ExpertiseEntryInput): { staffId: string; profile: ExpertiseProfile } {
  const staffId = parseRecordId(input.staffId, 'staffId');
  const name = parseText(input.name, 'name', MAX_NAME_LENGTH);
  const role = parseSupportRole(input.role, 'role');
  const employerAcademyId = parseEmployer(input.academyId, role);
  const areas = parseList(input.areas, 'areas', { min: 0, max: EXPERTISE_AREAS.length }, parseExpertiseArea);
  areas.forEach((area, index) => {
    if (areas.indexOf(area) !== index) {
      throw DomainError.invalid(`areas[${index}]`, `${area} is listed more than once`);
    }
  });
  const otherAreas = parseOtherAreas(input.otherAreas);
  if (areas.length === 0 && otherAreas.length === 0) {
    throw DomainError.invalid('areas', 'must list at least one area of expertise (or give it in otherAreas)');
  }
  return { staffId, profile: { name, employerAcademyId, role, areas, otherAreas } };
}

/**
 * As for a recharge's provider: the improvement director and hub leads are employed by the trust (null); a
 * headteacher by their academy; teachers and support staff by an academy or centrally.
 */
function parseEmployer(input: unknown, role: SupportRole): AcademyId | null {
  if (CENTRALLY_EMPLOYED_ROLES.includes(role)) {
    if (input !== null) {
      throw DomainError.invalid('academyId', `must be null for the ${role}: they are employed by the trust centrally`);
    }
    return null;
  }
  if (input === null && role === 'headteacher') {
    throw DomainError.invalid('academyId', "must be the headteacher's academy");
  }
  return input === null ? null : parseAcademyId(input, 'academyId');
}

function parseOtherAreas(input: unknown): string[] {
  if (input === undefined || input === null) {
    return [];
  }
  const otherAreas = parseTextList(input, 'otherAreas', { min: 0, max: MAX_ITEMS.otherAreas }, MAX_LABEL_LENGTH);
  otherAreas.forEach((area, index) => {
    if (otherAreas.findIndex((other) => other.toLowerCase() === area.toLowerCase()) !== index) {
      throw DomainError.invalid(`otherAreas[${index}]`, `${area} is listed more than once`);
    }
  });
  return otherAreas;
}
