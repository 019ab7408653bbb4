import { parseAcademicYear, parseAcademyId } from '@trust/domain';
import { optionalText } from '../cells.js';
import type { ImportColumn } from '../import-kind.js';

/** Columns many kinds share. */
export const academyColumn: ImportColumn = { name: 'academyId', required: true, description: 'The academy URN: 6 digits (the academy must be registered).', example: '138201' };
export const academicYearColumn: ImportColumn = { name: 'academicYear', required: true, description: 'The academic year, written 2024/25.', example: '2024/25' };

/** The URN of a row's academy, checked before it names a stream (a DomainError naming academyId otherwise). */
export function ensureAcademyId(cell: string | undefined, column = 'academyId'): string {
  return parseAcademyId(optionalText(cell) ?? '', column);
}

/** The academic year of a row, checked before it names a stream. */
export function ensureAcademicYear(cell: string | undefined, column = 'academicYear'): string {
  return parseAcademicYear(optionalText(cell) ?? '', column);
}
