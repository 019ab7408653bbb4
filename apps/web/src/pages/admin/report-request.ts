import type { ReportSummary } from '../../api/admin-queries';
import type { Schemas } from '../../api/queries';
import { instantFromLocal } from '../../time-travel/time-travel';

export type ReportRequest = Schemas['CreateReportDto'];
export type ReportType = ReportRequest['type'];

export const REPORT_TYPES: readonly { value: ReportType; label: string }[] = [
  { value: 'academy-cards', label: 'Academy cards' },
  { value: 'tier-decisions', label: 'Tier decisions' },
  { value: 'recharge-ledger', label: 'Recharge ledger' },
  { value: 'compliance', label: 'Compliance' },
];

export function reportTypeLabel(type: string): string {
  return REPORT_TYPES.find((each) => each.value === type)?.label ?? type;
}

/** The compliance and the recharge ledger are of one academic year; the tier decisions may be narrowed to one. */
export function needsYear(type: ReportType): boolean {
  return type === 'compliance' || type === 'recharge-ledger';
}

/** What the form holds: text as typed. */
export interface ReportFormValues {
  type: ReportType;
  academicYear: string;
  /** `datetime-local`, in the viewer's zone. */
  recordedOn: string;
  /** A global position, instead of a moment. */
  position: string;
  /** As at: YYYY-MM-DD. */
  on: string;
}

/** The form's messages, by field, for what the API would refuse for shape (null: none). */
export function reportFormProblems(values: ReportFormValues): Partial<Record<keyof ReportFormValues, string>> {
  const problems: Partial<Record<keyof ReportFormValues, string>> = {};
  if (needsYear(values.type) && values.academicYear === '') problems.academicYear = `A ${reportTypeLabel(values.type).toLowerCase()} report is of one academic year`;
  if (values.academicYear !== '' && !/^\d{4}\/\d{2}$/.test(values.academicYear)) problems.academicYear = 'An academic year is written 2024/25';
  if (values.recordedOn !== '' && instantFromLocal(values.recordedOn) === null) problems.recordedOn = 'Not a date and time';
  if (values.position !== '' && !/^\d{1,20}$/.test(values.position)) problems.position = 'A position is a whole number';
  if (values.position !== '' && values.recordedOn !== '') problems.position = 'Give a moment or a position, not both';
  if (values.on !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.on)) problems.on = 'Not a date';
  return problems;
}

/** The body POST /admin/reports takes for the form's values (checked first with reportFormProblems). */
export function reportRequestOf(values: ReportFormValues): ReportRequest {
  const asOf = values.position !== '' ? values.position : values.recordedOn !== '' ? instantFromLocal(values.recordedOn) : null;
  return {
    type: values.type,
    ...(values.academicYear === '' ? {} : { academicYear: values.academicYear }),
    ...(asOf === null ? {} : { asOf }),
    ...(values.on === '' ? {} : { on: values.on }),
  };
}

/**
 * The request that builds a stored report again: the same type, year and date, as of the position it
 * was built at. Its content hash must be the stored one: that is how a report is verified.
 */
export function regenerationOf(report: Pick<ReportSummary, 'type' | 'academicYear' | 'on' | 'position'>): ReportRequest {
  return {
    type: report.type,
    ...(report.academicYear === null ? {} : { academicYear: report.academicYear }),
    asOf: report.position,
    ...(report.on === null ? {} : { on: report.on }),
  };
}

/** The name a report's JSON is saved under, like its CSV's: `tier-decisions-2024-25-as-of-1042.json`. */
export function reportJsonFileName(report: Pick<ReportSummary, 'type' | 'academicYear' | 'on' | 'position'>): string {
  return `${report.type}${report.academicYear === null ? '' : `-${report.academicYear.replace('/', '-')}`}${report.on === null ? '' : `-on-${report.on}`}-as-of-${report.position}.json`;
}
