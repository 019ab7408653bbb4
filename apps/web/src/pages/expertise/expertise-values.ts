import type { FormErrors } from '@mantine/form';
import { staffIdProblem, textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import type { ExpertiseProfileBody } from './expertise-commands';
import { CENTRAL_ROLES, EXPERTISE_AREAS, isKey, SUPPORT_ROLES, type ExpertiseArea, type ExpertiseMatch, type SupportRole } from './expertise-words';

/** An entry of the database of expertise as its form holds it, and the body the API takes. */
export interface EntryValues {
  staffId: string;
  name: string;
  role: string;
  /** The employing academy's URN; empty for staff the trust employs centrally. */
  academyId: string;
  areas: string[];
  /** Other strengths, one a line. */
  otherAreas: string;
}

/** The API's bounds (libs/domain: MAX_LABEL_LENGTH, MAX_ITEMS.otherAreas). */
const OTHER_AREA_LENGTH = 100;
const MAX_OTHER_AREAS = 20;

export const emptyEntry = (): EntryValues => ({ staffId: '', name: '', role: '', academyId: '', areas: [], otherAreas: '' });

/** A match of a search, as the entry to update. */
export function entryOf(match: ExpertiseMatch): EntryValues {
  return { staffId: match.staffId, name: match.name, role: match.role, academyId: match.academyId ?? '', areas: [...match.areas], otherAreas: match.otherAreas.join('\n') };
}

export const isCentral = (role: string): boolean => CENTRAL_ROLES.some((central) => central === role);

function otherAreasOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What the API would refuse for its shape, by field, in plain words (`staffId` only when registering). */
export function entryProblems(values: EntryValues, registering: boolean): FormErrors {
  const errors: FormErrors = {};
  const note = (field: string, problem: string | null): void => {
    if (problem !== null) errors[field] = problem;
  };
  if (registering) note('staffId', staffIdProblem(values.staffId));
  note('name', textProblem(values.name, TEXT_LIMITS.name, 'their name'));
  note('role', isKey(SUPPORT_ROLES, values.role) ? null : 'Choose their role');
  if (values.role === 'headteacher' && values.academyId === '') errors['academyId'] = "Choose the headteacher's academy";
  const others = otherAreasOf(values.otherAreas);
  const long = others.find((area) => area.length > OTHER_AREA_LENGTH);
  const repeated = others.find((area, index) => others.findIndex((other) => other.toLowerCase() === area.toLowerCase()) !== index);
  if (others.length > MAX_OTHER_AREAS) errors['otherAreas'] = `At most ${MAX_OTHER_AREAS} other areas`;
  else if (long !== undefined) errors['otherAreas'] = `Each at most ${OTHER_AREA_LENGTH} characters: "${long.slice(0, 30)}…" is longer`;
  else if (repeated !== undefined) errors['otherAreas'] = `${repeated} is listed twice`;
  if (values.areas.length === 0 && others.length === 0) errors['areas'] = 'Choose at least one area, or write another';
  return errors;
}

/** The entry as the API takes it: an academy only for staff an academy employs. */
export function profileBody(values: EntryValues): ExpertiseProfileBody {
  const role: SupportRole = isKey(SUPPORT_ROLES, values.role) ? values.role : 'teacher';
  return {
    name: values.name.trim(),
    academyId: isCentral(role) || values.academyId === '' ? null : values.academyId,
    role,
    areas: values.areas.filter((area): area is ExpertiseArea => isKey(EXPERTISE_AREAS, area)),
    otherAreas: otherAreasOf(values.otherAreas),
  };
}
