import type { FormErrors } from '@mantine/form';
import { textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import type { FormGroupBody } from './peer-review-commands';

/** A peer review group as its form holds it: a name, the year it visits in, its members, its lead. */
export interface GroupValues {
  name: string;
  academicYear: string;
  members: { key: string; academyId: string; name: string; headteacherId: string }[];
  leadHeadteacherId: string;
}

/** The API's bounds (libs/domain: MAX_ITEMS.members, MAX_PERSON_ID_LENGTH). */
export const MAX_MEMBERS = 20;
const MAX_PERSON_ID = 200;

export const newMember = (): GroupValues['members'][number] => ({ key: crypto.randomUUID(), academyId: '', name: '', headteacherId: '' });

export const initialGroupValues = (academicYear: string): GroupValues => ({ name: '', academicYear, members: [newMember(), newMember()], leadHeadteacherId: '' });

function academicYearProblem(value: string): string | null {
  const match = /^(\d{4})\/(\d{2})$/.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]) ? null : 'Choose the academic year';
}

/** What the API would refuse for its shape, by the form's paths, in plain words. */
export function groupProblems(values: GroupValues): FormErrors {
  const errors: FormErrors = {};
  const note = (path: string, problem: string | null): void => {
    if (problem !== null) errors[path] = problem;
  };
  note('name', textProblem(values.name, TEXT_LIMITS.name, "the group's name"));
  note('academicYear', academicYearProblem(values.academicYear));
  if (values.members.length < 2) errors['members'] = 'A group has two academies or more';
  if (values.members.length > MAX_MEMBERS) errors['members'] = `At most ${MAX_MEMBERS} academies`;
  values.members.forEach((member, index) => {
    note(`members.${index}.academyId`, /^\d{6}$/.test(member.academyId) ? null : 'Choose the academy');
    note(`members.${index}.name`, textProblem(member.name, TEXT_LIMITS.name, "the headteacher's name"));
    const id = member.headteacherId.trim();
    note(`members.${index}.headteacherId`, id === '' ? "Write the headteacher's user id" : id.length > MAX_PERSON_ID ? `At most ${MAX_PERSON_ID} characters` : null);
    if (member.academyId !== '' && values.members.findIndex((other) => other.academyId === member.academyId) !== index) errors[`members.${index}.academyId`] = 'This academy is listed already';
    if (id !== '' && values.members.findIndex((other) => other.headteacherId.trim() === id) !== index) errors[`members.${index}.headteacherId`] = 'This headteacher is listed already';
  });
  if (!values.members.some((member) => member.headteacherId.trim() !== '' && member.headteacherId.trim() === values.leadHeadteacherId)) errors['leadHeadteacherId'] = 'Choose the lead headteacher among the members';
  return errors;
}

export function groupBody(values: GroupValues): FormGroupBody {
  return {
    name: values.name.trim(),
    academicYear: values.academicYear,
    members: values.members.map(({ academyId, name, headteacherId }) => ({ academyId, name: name.trim(), headteacherId: headteacherId.trim() })),
    leadHeadteacherId: values.leadHeadteacherId,
  };
}
