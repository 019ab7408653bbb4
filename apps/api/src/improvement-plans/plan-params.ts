import { applyDecorators, Injectable, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DomainError, parseAcademicYear, parseRecordId } from '@trust/domain';
import { badRequest } from '../common/http/bad-request.js';

/** How a plan's year is written in its routes: `2025-26`, as in its stream's name (a path segment holds no `/`). */
export const PLAN_YEAR_PATTERN = '^\\d{4}-\\d{2}$';
const PLAN_YEAR = new RegExp(PLAN_YEAR_PATTERN);

/**
 * The `:academicYear` path parameter, `2025-26`, as the academic year `2025/26` (400 naming `academicYear`).
 * Parsed by the route itself, once its body or query has been validated: a bad body or query is named first,
 * as on every other route (whose path parameters are ids that any text of the right shape may be).
 */
export function parsePlanYear(value: string): string {
  const problem = 'academicYear must be an academic year written YYYY-YY in the path (2025-26 for 2025/26)';
  if (!PLAN_YEAR.test(value)) throw badRequest({ field: 'academicYear', message: problem });
  try {
    return parseAcademicYear(value.replace('-', '/'), 'academicYear');
  } catch (error: unknown) {
    if (error instanceof DomainError) throw badRequest({ field: 'academicYear', message: error.message });
    throw error;
  }
}

/** The plan's year of the path, as written (`2025-26`): parse it with parsePlanYear. */
export const PlanYearParam = (): ParameterDecorator => Param('academicYear');

/** The plan's year as its routes write it: `2025/26` → `2025-26`. */
export const planYearSegment = (academicYear: string): string => academicYear.replace('/', '-');

function recordIdPipe(field: 'priorityId' | 'actionId'): new () => PipeTransform<string, string> {
  @Injectable()
  class RecordIdPipe implements PipeTransform<string, string> {
    transform(value: string): string {
      try {
        return parseRecordId(value, field);
      } catch (error: unknown) {
        if (error instanceof DomainError) throw badRequest({ field, message: `${field} ${error.message}` });
        throw error;
      }
    }
  }
  return RecordIdPipe;
}

/** The `:priorityId` of the path, validated (400 naming `priorityId`). */
export const PriorityIdParam = (): ParameterDecorator => Param('priorityId', recordIdPipe('priorityId'));

/** The `:actionId` of the path, validated (400 naming `actionId`). */
export const ActionIdParam = (): ParameterDecorator => Param('actionId', recordIdPipe('actionId'));

/** The path parameters of a plan's routes, documented once. */
export function PlanParams(...more: ('priorityId' | 'actionId')[]): MethodDecorator {
  return applyDecorators(
    ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' }),
    ApiParam({ name: 'academicYear', description: 'The academic year of the plan, written YYYY-YY (2025-26 for 2025/26).', example: '2025-26', schema: { type: 'string', pattern: PLAN_YEAR_PATTERN } }),
    ...more.map((name) =>
      ApiParam({ name, description: name === 'priorityId' ? 'The priority of the plan (the id its addition answered).' : 'The action of the priority (the id its addition answered).' }),
    ),
  );
}
