import { csvFileName, writeCsv, type CsvColumn, type CsvValue } from '../../../common/csv/csv.js';
import type { SubjectAccessDto, SubjectEventDto } from './subject-access.schema.js';

/** One field of one event: the export flattened so that every cell is a plain value, never JSON. */
export interface SubjectAccessRow {
  event: SubjectEventDto;
  field: string;
  value: CsvValue;
}

export const SUBJECT_ACCESS_CSV_COLUMNS: readonly CsvColumn<SubjectAccessRow>[] = [
  { name: 'position', description: 'The event\'s global position: the order of the whole log.', value: (row) => row.event.position },
  { name: 'recordedAt', description: 'When the event was recorded (UTC).', value: (row) => row.event.recordedAt },
  { name: 'streamId', description: 'The record it belongs to (`expertise-st-41`).', value: (row) => row.event.streamId },
  { name: 'type', description: 'The event type (`ExpertiseRegistered`).', value: (row) => row.event.type },
  { name: 'actorUserId', description: 'Who recorded it (their user id).', value: (row) => row.event.actor.userId },
  { name: 'actorRole', description: 'The role they recorded it as.', value: (row) => row.event.actor.role },
  { name: 'field', description: 'The field, as a path into the event\'s data (`members[1].name`).', value: (row) => row.field },
  { name: 'value', description: 'Its value, opened (`[erased]` once its key was destroyed); empty for none.', value: (row) => row.value },
];

/** Every leaf of a value, with its path: `members[1].name`. */
function leaves(value: unknown, path: string): [string, CsvValue][] {
  if (Array.isArray(value)) return value.length === 0 ? [[path, null]] : value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path === '' ? key : `${path}.${key}`));
  if (value === null || value === undefined) return [[path, null]];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [[path, value]];
  return [[path, typeof value === 'bigint' ? value.toString() : null]];
}

/** The export as a spreadsheet: one row per field of each event, in the order of the log. */
export function subjectAccessCsv(answer: SubjectAccessDto): string {
  const rows = answer.events.flatMap((event) => leaves(event.data, '').map(([field, value]): SubjectAccessRow => ({ event, field, value })));
  return writeCsv(SUBJECT_ACCESS_CSV_COLUMNS, rows);
}

export const subjectAccessCsvFileName = (answer: SubjectAccessDto): string => csvFileName(['subject-access', answer.subjectId, 'as-of', answer.position]);
