import {
  academicYearOf,
  AIM_ATTENDEE_ROLES,
  AIM_DOCUMENT_TYPES,
  AIM_FORMATS,
  aimDecider,
  aimStreamId,
  EIF_GRADES,
  RAG_RATINGS,
  type AimCommand,
  type HoldAim,
  type ScheduleAim,
} from '@trust/domain';
import { CellError, dateCell, listCell, optionalDateCell, optionalText, partsListCell } from '../cells.js';
import type { ImportKind, ImportStep } from '../import-kind.js';
import { academyColumn, ensureAcademyId } from './columns.js';
import { importRecordId } from './import-record-id.js';

interface AimHeldRow {
  academyId: string;
  date: string;
  format: string;
  focus: string | null;
  documents: { documentType: string; rag: string | null; submittedOn: string | null }[];
  held: Omit<HoldAim, 'type' | 'aimId' | 'plan'>;
  report: { summary: string; publishedOn: string | null } | null;
}

const DATE = /^(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})$/;

/**
 * An Academy Improvement Meeting recorded after it was held: scheduled on its (past) day, its documents as
 * they came in, the meeting held, and its report. The same commands, in the same order, as over HTTP.
 */
export const aimsHeldKind: ImportKind<AimHeldRow> = {
  name: 'aims-held',
  summary: 'An Academy Improvement Meeting already held: its documents, the meeting and its report.',
  columns: [
    academyColumn,
    { name: 'date', required: true, description: 'The day of the meeting (a past school day): 12/03/2025 (day first) or 2025-03-12.', example: '12/03/2025' },
    { name: 'format', required: true, description: `One of ${AIM_FORMATS.join(', ')}.`, example: 'one-day' },
    { name: 'focus', required: false, description: 'The focus agreed for the meeting.', example: 'Early reading in Key Stage 1' },
    {
      name: 'documents',
      required: false,
      description: `The documents that came in, each \`type | rag | day it came in\` (rag only for previous-aim-report and pupil-premium-strategy; the day may be left out), separated by \`;\`. Types: ${AIM_DOCUMENT_TYPES.join(', ')}; rag: ${RAG_RATINGS.join(', ')}.`,
      example: 'sef | 03/03/2025; previous-aim-report | green | 03/03/2025; headteacher-report | 10/03/2025',
    },
    { name: 'heldOn', required: true, description: "The day it was held: the meeting's day, or the next school day for a one-and-a-half-day AIM.", example: '12/03/2025' },
    {
      name: 'attendees',
      required: true,
      description: `Who attended, each \`name | role\` (\`name | role | chair\` for the chair, the improvement director), separated by \`;\`. Roles: ${AIM_ATTENDEE_ROLES.join(', ')}.`,
      example: 'Dee Director | improvement-director | chair; Hana Head | headteacher',
    },
    {
      name: 'judgements',
      required: true,
      description: `Each \`heading | judgement | comment\`, separated by \`;\`. Judgements: ${EIF_GRADES.join(', ')}.`,
      example: 'quality-of-education | good | A well-sequenced curriculum',
    },
    {
      name: 'priorities',
      required: true,
      description:
        "Each `priority | rag`, or `priority | rag | plan priority id` for a priority of the academy's improvement plan for the meeting's academic year (the text is then its title), separated by `;`. When the academy has a plan for that year, every priority names one of its priorities.",
      example: 'Early reading in Year 1 | amber',
    },
    { name: 'nextSteps', required: true, description: 'The next steps, separated by `;`.', example: 'Phonics training for Year 1 staff before half term' },
    { name: 'reportSummary', required: false, description: "The report's summary (empty: no report published).", example: 'Reading is improving; attendance remains the priority.' },
    { name: 'reportPublishedOn', required: false, description: 'The day the report was published (empty: the day of the meeting).', example: '14/03/2025' },
  ],
  read: (cells) => {
    const date = dateCell(cells['date'], 'date');
    const summary = optionalText(cells['reportSummary']);
    return {
      academyId: ensureAcademyId(cells['academyId']),
      date,
      format: optionalText(cells['format']) ?? '',
      focus: optionalText(cells['focus']),
      documents: partsListCell(cells['documents']).map(document),
      held: {
        heldOn: dateCell(cells['heldOn'], 'heldOn'),
        attendees: partsListCell(cells['attendees']).map(([name = '', role = '', chair, ...rest]) => {
          if (rest.length > 0 || (chair !== undefined && chair.toLowerCase() !== 'chair')) throw new CellError('attendees', 'must list people as `name | role` or `name | role | chair`, separated by `;`');
          return { name, role, chair: chair !== undefined };
        }),
        judgements: partsListCell(cells['judgements']).map(([heading = '', judgement = '', ...comment]) => ({ heading, judgement, comment: comment.join(' | ') })),
        priorities: partsListCell(cells['priorities']).map(([priority = '', rag = '', planPriorityId, ...rest]) => {
          if (rest.length > 0) throw new CellError('priorities', 'must list priorities as `priority | rag` or `priority | rag | plan priority id`, separated by `;`');
          return { priority, rag, planPriorityId: planPriorityId ?? null };
        }),
        nextSteps: listCell(cells['nextSteps']),
      },
      report: summary === null ? null : { summary, publishedOn: optionalDateCell(cells['reportPublishedOn'], 'reportPublishedOn') },
    };
  },
  naturalKey: (row) => `${row.academyId} ${row.date}`,
  // Every AIM is a stream of its own: rows wait for none other.
  lane: (row) => `${row.academyId} ${row.date}`,
  columnOf: (field) => {
    if (['documentType', 'rag', 'submittedOn'].includes(field)) return 'documents';
    if (field === 'summary') return 'reportSummary';
    if (field === 'publishedOn') return 'reportPublishedOn';
    return null;
  },
  steps: async (row, lookups, key) => {
    await lookups.ensureAcademies([row.academyId]);
    // The AIM is scheduled on its day, so its academic year is that day's: its plan is that year's.
    const plan = await lookups.improvementPlan(row.academyId, academicYearOf(row.date));
    const aimId = importRecordId('aim', key);
    const streamId = aimStreamId(aimId);
    const step = (command: AimCommand): ImportStep => ({ streamId, decider: aimDecider, command });
    return [
      step({ type: 'ScheduleAim', aimId, academyId: row.academyId, date: row.date, format: row.format, focus: row.focus } satisfies ScheduleAim),
      ...row.documents.map((each) => step({ type: 'SubmitAimDocument', aimId, documentType: each.documentType, rag: each.rag, ...(each.submittedOn === null ? {} : { submittedOn: each.submittedOn }) })),
      step({ type: 'HoldAim', aimId, ...row.held, plan }),
      ...(row.report === null ? [] : [step({ type: 'PublishAimReport', aimId, summary: row.report.summary, ...(row.report.publishedOn === null ? {} : { publishedOn: row.report.publishedOn }) })]),
    ];
  },
};

function document([documentType = '', ...rest]: string[]): AimHeldRow['documents'][number] {
  let rag: string | null = null;
  let submittedOn: string | null = null;
  for (const part of rest) {
    if (DATE.test(part)) submittedOn = dateCell(part, 'documents');
    else if (rag === null) rag = part;
    else throw new CellError('documents', `must list documents as \`type | rag | day\`, got "${[documentType, ...rest].join(' | ')}"`);
  }
  return { documentType, rag, submittedOn };
}
