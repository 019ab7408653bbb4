import { academyStreamId, DomainError, tierDecisionDecider, type AcademyEvent, type DecideTier, type DecisionContext, type TierDecisionState } from '@trust/domain';
import { CellError, dateCell, numberCell, optionalText, requiredText } from '../cells.js';
import type { ImportKind } from '../import-kind.js';
import { academicYearColumn, academyColumn, ensureAcademicYear, ensureAcademyId } from './columns.js';
import { importRecordId } from './import-record-id.js';

/** The roles the API records a tier decision under: those allowed to decide (the improvement director, or a trust admin). */
const DECIDING_ROLES = ['improvement-director', 'trust-admin'] as const;

/** The decision a revision names in `supersedes`: by the day it was made, or by its id (as the tier decisions report lists it). */
export type SupersededDecision = { decidedOn: string } | { decisionId: string } | null;

/** A past tier decision as a file row: the API's command, with the decision the row says it revises. */
export type TierDecisionRow = Omit<DecideTier, 'decisionId' | 'decidedOn'> & { decidedOn: string; supersedes: SupersededDecision };

/** The command a row becomes: DecideTier with its decision id, and what the row says it supersedes (checked against the stream). */
type ImportedTierDecision = DecideTier & { supersedes: SupersededDecision };

const ISO_OR_UK_DAY = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/;

/**
 * The tier decider of the API (tierDecisionDecider: refused exactly as over HTTP, judged as on `decidedOn`),
 * then a check the API has no need of: the decision it superseded is the one the row names, and a row naming
 * none is the year's first. A file row cannot otherwise tell a revision from a first decision recorded twice.
 */
const importedTierDecider = {
  initialState: (): TierDecisionState => tierDecisionDecider.initialState(),
  evolve: (state: TierDecisionState, event: AcademyEvent, position: string): TierDecisionState => tierDecisionDecider.evolve(state, event, position),
  decide(command: ImportedTierDecision, state: TierDecisionState, context: DecisionContext): AcademyEvent[] {
    const { supersedes: named, ...decideTier } = command;
    const events = tierDecisionDecider.decide(decideTier, state, context);
    const inForce = state.currentDecisions.get(command.academicYear) ?? null;
    const matches =
      named === null ? inForce === null : inForce !== null && ('decidedOn' in named ? inForce.decidedOn === named.decidedOn : inForce.decisionId === named.decisionId);
    if (!matches) {
      const found = inForce === null ? `academy ${command.academyId} has no decision of ${command.academicYear} to revise` : `the decision in force for ${command.academicYear} is ${inForce.decisionId}, made on ${inForce.decidedOn}`;
      const needed = named === null ? ': a revision names the decision it supersedes' : '';
      throw DomainError.invalid('supersedes', `${named === null ? 'is empty, but ' : `names ${'decidedOn' in named ? `the decision made on ${named.decidedOn}` : `decision ${named.decisionId}`}, but `}${found}${needed}`);
    }
    return events;
  },
};

/**
 * A tier decision made in the past (DecideTier with `decidedOn`), decided on the academy's stream by the same
 * decider as the API: it reads only the evidence in effect by `decidedOn`, so the evidence must be in the
 * ledger first (an earlier file). Its id is derived from the row, so the same row imported again is the same
 * decision. A revision names the decision it supersedes.
 */
export const tierDecisionsKind: ImportKind<TierDecisionRow> = {
  name: 'tier-decisions',
  summary: "A past decision of an academy's support tier for an academic year, with the day it was made.",
  columns: [
    academyColumn,
    academicYearColumn,
    { name: 'tier', required: true, description: 'The tier decided: 1, 2 or 3.', example: '2' },
    { name: 'decidedOn', required: true, description: 'The day it was decided: 12/09/2024 (day first) or 2024-09-12. Only evidence in effect by that day counts.', example: '12/09/2024' },
    { name: 'decidedByUserId', required: true, description: 'Who decided: their user id (as their token names them).', example: 'dee-director' },
    { name: 'decidedByName', required: true, description: 'Their name.', example: 'Dee Director' },
    { name: 'decidedByRole', required: true, description: `The role they decided in: one of ${DECIDING_ROLES.join(', ')}.`, example: 'improvement-director' },
    { name: 'rationale', required: false, description: 'Why: required when the tier differs from the recommendation of the evidence by that day; kept with the decision either way.', example: 'A new headteacher from January; the trust will support the transition.' },
    {
      name: 'supersedes',
      required: false,
      description:
        "For a revision, the decision of the same academy and year it replaces: the day it was made (12/09/2024 or 2024-09-12) or its id; empty for the year's first decision.",
      example: '',
    },
  ],
  read: (cells) => {
    const role = requiredText(cells['decidedByRole'], 'decidedByRole');
    if (!DECIDING_ROLES.some((known) => known === role)) throw new CellError('decidedByRole', `must be one of ${DECIDING_ROLES.join(', ')}, got "${role}"`);
    const supersedes = optionalText(cells['supersedes']);
    return {
      type: 'DecideTier',
      academyId: ensureAcademyId(cells['academyId']),
      academicYear: ensureAcademicYear(cells['academicYear']),
      tier: numberCell(cells['tier'], 'tier'),
      decidedOn: dateCell(cells['decidedOn'], 'decidedOn'),
      decidedBy: { userId: requiredText(cells['decidedByUserId'], 'decidedByUserId'), name: requiredText(cells['decidedByName'], 'decidedByName'), role },
      rationale: optionalText(cells['rationale']),
      supersedes: supersedes === null ? null : ISO_OR_UK_DAY.test(supersedes) ? { decidedOn: dateCell(supersedes, 'supersedes') } : { decisionId: supersedes },
    };
  },
  naturalKey: (row) => `${row.academyId} ${row.academicYear} ${row.decidedOn}`,
  lane: (row) => academyStreamId(row.academyId),
  steps: async (row, _lookups, key) => {
    const command: ImportedTierDecision = { ...row, decisionId: importRecordId('tier-decision', key) };
    return [{ streamId: academyStreamId(row.academyId), decider: importedTierDecider, command }];
  },
  columnOf: (field) => ({ 'decidedBy.userId': 'decidedByUserId', 'decidedBy.name': 'decidedByName', 'decidedBy.role': 'decidedByRole' })[field] ?? null,
};
