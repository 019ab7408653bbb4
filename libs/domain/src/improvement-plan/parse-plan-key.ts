import { parseRecordId } from '../aim/record-id.js';
import { parseAcademicYear, type AcademicYear } from '../values/academic-year.js';
import { parseAcademyId, type AcademyId } from '../values/academy-id.js';
import type { ImprovementPlanKey } from './improvement-plan.commands.js';

/** The plan a command names: an academy's URN and an academic year `YYYY/YY`. */
export function parsePlanKey(command: ImprovementPlanKey): { academyId: AcademyId; academicYear: AcademicYear } {
  return {
    academyId: parseAcademyId(command.academyId, 'academyId'),
    academicYear: parseAcademicYear(command.academicYear, 'academicYear'),
  };
}

/** The id of the AIM a change was made at, or null when none is given. */
export function parseCausingAim(input: unknown): string | null {
  return input === undefined || input === null ? null : parseRecordId(input, 'aimId');
}
