import type { Paths } from '../../api/client';

export type ImportKind = NonNullable<NonNullable<Paths['/imports/checks']['post']['parameters']['query']>['kind']>;

/** Every kind of import file, in words: the type check keeps this list and the API's the same. */
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  academies: 'Academies',
  'kpi-targets': 'KPI targets',
  kpis: 'KPI figures',
  inspections: 'Inspections',
  outcomes: 'Outcomes',
  'annual-reviews': 'Annual reviews',
  'risk-assessments': 'Risk assessments',
  'sip-assignments': 'SIP assignments',
  'sip-visits': 'SIP visits',
  'commissioned-reviews': 'Commissioned reviews',
  'tier-decisions': 'Tier decisions',
  'aims-held': 'AIMs held',
  'improvement-plans': 'Improvement plans',
  'rate-cards': 'Rate cards',
  budgets: 'Improvement budgets',
  recharges: 'Recharges',
};

export const IMPORT_KINDS = Object.keys(IMPORT_KIND_LABELS) as ImportKind[];

/** A bad row of a file, as the API lists it. */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

/** What the API said of a file: good (and what importing it would store), or refused with its bad rows or its one problem. */
export type FileCheck =
  | { kind: 'good'; fileKind: string; fileName: string; sha256: string; rows: number; alreadyImported: number }
  | { kind: 'bad-rows'; summary: string; rows: RowProblem[] }
  | { kind: 'bad-file'; messages: string[] };

/** Reads a 400 of POST /imports or /imports/checks: its bad rows, or the file's problem. */
export function refusedCheck(body: unknown): FileCheck {
  const answer = typeof body === 'object' && body !== null ? (body as { message?: unknown; rows?: unknown }) : {};
  const messages = Array.isArray(answer.message) ? answer.message.filter((each): each is string => typeof each === 'string') : typeof answer.message === 'string' ? [answer.message] : [];
  if (Array.isArray(answer.rows) && answer.rows.length > 0) {
    const rows = answer.rows.filter((row): row is RowProblem => typeof row === 'object' && row !== null && typeof (row as RowProblem).row === 'number');
    return { kind: 'bad-rows', summary: messages[0] ?? `${rows.length} bad rows, nothing stored`, rows };
  }
  return { kind: 'bad-file', messages: messages.length === 0 ? ['The file was refused.'] : messages };
}
